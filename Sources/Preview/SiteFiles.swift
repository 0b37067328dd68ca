import Compose
import Foundation
import Hummingbird
import Support

/// Serves the output folder for every request the router has no route for, and nothing outside it.
/// HTML pages get the live-reload tag as they are sent; a missing page gets the site's `404.html`
/// with status 404; every file carries an ETag and Last-Modified, and a request that already holds
/// the current one is answered 304.
struct SiteFiles<Context: RequestContext>: RouterMiddleware {
    let root: URL
    let live: LiveReload

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return await serve(request)
        }
    }

    private func serve(_ request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        // Read before the file: a site swapped in between makes the page reload once more, never miss a reload.
        let generation = await live.generation
        guard let path = SitePath(request.uri.path) else { return notFound(request, generation: generation) }
        let folder = SiteFolder(root: root)
        switch folder.open(path.segments) {
        case .file(let file) where !path.isFolder:
            return send(file, request: request, generation: generation)
        case .folder where !path.isFolder:
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: request.uri.path + "/" + query])
        case .folder:
            if case .file(let index) = folder.open(path.segments + ["index.html"]) {
                return send(index, request: request, generation: generation)
            }
            return notFound(request, generation: generation)
        case .file, .missing:
            return notFound(request, generation: generation)
        }
    }

    private func send(_ file: SiteFolder.File, request: Request, generation: Int) -> Response {
        let type = MediaTypes.of(name: file.name, bytes: file.bytes)
        let isPage = type == MediaTypes.html
        // A page's bytes as sent depend on the generation too: it is part of the page's tag.
        let tag = file.entityTag(generation: isPage ? generation : nil)
        var headers: HTTPFields = [
            .contentType: type,
            .eTag: tag,
            .lastModified: HTTPDate.format(file.modified),
            // Always asked again: the answer is a 304 while the file is unchanged.
            .cacheControl: "no-cache",
        ]
        if Conditional.isUnchanged(request.headers, entityTag: tag, modified: file.modified) {
            return Response(status: .notModified, headers: headers)
        }
        let body = isPage ? LiveReload.tagged(file.bytes, generation: generation) : file.bytes
        return respond(.ok, headers: &headers, body: body, method: request.method)
    }

    /// The site's own 404 page, or a plain one when it has none (a first build that failed): both
    /// carry the live-reload tag, so that the page turns into the site once a build succeeds.
    private func notFound(_ request: Request, generation: Int) -> Response {
        var headers: HTTPFields = [.contentType: MediaTypes.html, .cacheControl: "no-cache"]
        var page = SiteFolder.plainNotFoundPage
        if case .file(let custom) = SiteFolder(root: root).open([Routes.notFound]) { page = custom.bytes }
        return respond(.notFound, headers: &headers, body: LiveReload.tagged(page, generation: generation), method: request.method)
    }

    private func respond(_ status: HTTPResponse.Status, headers: inout HTTPFields, body: [UInt8], method: HTTPRequest.Method) -> Response {
        if method == .head {
            headers[.contentLength] = String(body.count)
            return Response(status: status, headers: headers)
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// A request path as the segments of a file under the site folder, decoded once. Anything that could
/// name a place outside the folder is refused (nil): a `.` or `..` segment (and any hidden name: the
/// site has none), an empty segment (`//etc`), a backslash, a NUL, invalid percent-encoding or
/// UTF-8. Decoding once means `%252e%252e` names a file called `%2e%2e`, which is looked up as such.
struct SitePath: Equatable {
    let segments: [String]
    /// Whether the path ends with `/`: a folder, whose `index.html` is served.
    let isFolder: Bool
}

extension SitePath {
    init?(_ raw: String) {
        guard raw.hasPrefix("/"), let decoded = Self.percentDecoded(raw.utf8.dropFirst()) else { return nil }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = segments.last == ""
        if isFolder { segments.removeLast() }
        guard segments.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("\0") }) else { return nil }
        self.init(segments: segments, isFolder: isFolder)
    }

    private static func percentDecoded(_ bytes: some Sequence<UInt8>) -> String? {
        var out: [UInt8] = []
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { out.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            out.append(high << 4 | low)
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// The output folder as the server reads it: a path is followed through its links and must end
/// inside the folder, so that a link pointing outside serves nothing.
struct SiteFolder {
    let root: URL

    /// What a missing page gets while there is no site yet.
    static let plainNotFoundPage = Array("""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Not found</title></head>
        <body>
        <h1>Not found</h1>
        <p>There is no page at this address.</p>
        </body>
        </html>

        """.utf8)

    struct File {
        let name: String
        let bytes: [UInt8]
        let size: Int
        let modified: timespec

        /// Weak: it names the file's size and time, not a hash of its bytes.
        func entityTag(generation: Int?) -> String {
            "W/\"\(String(size, radix: 16))-\(String(modified.tv_sec, radix: 16)).\(String(modified.tv_nsec, radix: 16))"
                + (generation.map { "-g\($0)" } ?? "") + "\""
        }
    }

    enum Entry {
        case file(File)
        case folder
        case missing
    }

    func open(_ segments: [String]) -> Entry {
        // Resolved on every request: the build swaps a new folder in under the same name.
        guard let base = Self.resolved(root.path) else { return .missing }
        guard let path = Self.resolved(([base] + segments).joined(separator: "/")),
              path == base || path.hasPrefix(base == "/" ? "/" : base + "/") else { return .missing }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .missing }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .missing }
        if status.st_mode & S_IFMT == S_IFDIR { return .folder }
        guard status.st_mode & S_IFMT == S_IFREG else { return .missing }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + done, size - done) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return .missing }
            done += read
        }
        return .file(File(name: segments.last ?? "", bytes: bytes, size: size, modified: status.st_mtim))
    }

    /// The path with every link followed and no `.` or `..` left; nil when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}

/// Content types by file extension, as the site's files need them.
enum MediaTypes {
    static let html = "text/html; charset=utf-8"
    static let atom = "application/atom+xml"

    static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "svg": "image/svg+xml",
        "xml": "application/xml",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "ico": "image/x-icon", "pdf": "application/pdf", "woff": "font/woff", "woff2": "font/woff2",
    ]

    static func of(name: String, bytes: [UInt8]) -> String {
        let ext = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        guard let type = byExtension[ext] else { return "application/octet-stream" }
        // An Atom document is XML whose root is <feed>: feed readers and browsers want it named so.
        if ext == "xml", bytes.prefix(512).firstOffset(of: Array("<feed".utf8)) != nil { return atom }
        return type
    }
}

/// Conditional GETs: If-None-Match wins when present (RFC 9110 §13.2.2), else If-Modified-Since.
enum Conditional {
    static func isUnchanged(_ headers: HTTPFields, entityTag: String, modified: timespec) -> Bool {
        let matches = headers[values: .ifNoneMatch]
        if !matches.isEmpty {
            let opaque = Self.opaque(entityTag)
            return matches.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .contains { $0 == "*" || Self.opaque($0) == opaque }
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return modified.tv_sec <= since
        }
        return false
    }

    /// The tag without its weak mark: If-None-Match compares weakly.
    private static func opaque(_ tag: String) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : Substring(tag)
    }
}

/// HTTP dates (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), in English whatever the machine's locale.
enum HTTPDate {
    static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ time: timespec) -> String {
        var seconds = time.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    /// Seconds since 1970, or nil for anything but an IMF-fixdate.
    static func parse(_ text: String) -> Int? {
        let fields = text.split(separator: " ")
        guard fields.count == 6, fields[5] == "GMT", let day = Int32(fields[1]), let month = months.firstIndex(of: String(fields[2])),
              let year = Int32(fields[3]) else { return nil }
        let clock = fields[4].split(separator: ":").compactMap { Int32($0) }
        guard clock.count == 3 else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = Int32(month)
        parts.tm_mday = day
        parts.tm_hour = clock[0]
        parts.tm_min = clock[1]
        parts.tm_sec = clock[2]
        return timegm(&parts)
    }
}
