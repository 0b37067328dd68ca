import Support

// An article's reading as the build cache keeps it (`ReadingMemory`), in the cache's own form.

extension ReadArticle: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(article)
        writer.write(notes)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(article: try reader.read(), notes: try reader.read())
    }
}

extension Article: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(id)
        writer.write(file)
        writer.write(title)
        writer.write(outlet)
        writer.write(byline)
        writer.write(published)
        writer.write(credit)
        writer.write(home)
        writer.write(blocks)
        writer.write(url)
        writer.write(dateline)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(id: try reader.read(), file: try reader.read(), title: try reader.read(), outlet: try reader.read(),
                  byline: try reader.read(), published: try reader.read(), credit: try reader.read(), home: try reader.read(),
                  blocks: try reader.read(), url: try reader.read(), dateline: try reader.read())
    }
}

extension Sourced: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(value)
        writer.write(basis)
    }

    public init(from reader: inout ByteReader) throws {
        let value = try reader.read(Value?.self)
        self.init(value, try reader.read())
    }
}

extension PublicationStamp: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(day)
        writer.write(time)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(day: try reader.read(), time: try reader.read())
    }
}

extension Paragraph: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(id)
        writer.write(kind)
        writer.write(text)
        writer.write(line)
        writer.write(sentences)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(id: try reader.read(), kind: try reader.read(), text: try reader.read(), line: try reader.read(), sentences: try reader.read())
    }
}

extension Sentence: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(id)
        writer.write(text)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(id: try reader.read(), text: try reader.read())
    }
}

extension SentenceID: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(paragraph)
        writer.write(number)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(try reader.read(), try reader.read())
    }
}

extension ParagraphID: ByteCodable {
    public func write(to writer: inout ByteWriter) {
        writer.write(kind)
        writer.write(number)
    }

    public init(from reader: inout ByteReader) throws {
        self.init(try reader.read(), try reader.read())
    }
}
