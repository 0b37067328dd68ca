import Foundation
import Support

/// `briefing init DIR`: a new corpus folder holding a commented `briefing.yml` with placeholders only,
/// and a note on where the articles go. The note is Markdown, not `.txt`, so ingest never reads it
/// as an article.
public enum NewCorpus {
    public static let configurationName = "briefing.yml"
    public static let noteName = "ARTICLES.md"

    /// Valid as it stands; every example is a comment, so that nothing but the placeholder title
    /// reaches a site until the user writes it.
    public static let configuration = """
    # briefing.yml: what the articles cannot say about themselves: the site's title, the sides and the
    # issues to follow, and metadata a file lacks. Names and metadata only: every line of the briefing
    # comes from the articles, the .txt files beside this one (see ARTICLES.md).
    # To use an example below, replace the empty value above it with the example, without the "# ".

    title: Your briefing title   # the site's title, on every page
    language: en                 # the pages' language tag

    # The sides of the story: one page of positions each. An id is lower-case letters, digits and
    # hyphens (it names the page); aliases are the whole words the articles call the side by, as written.
    actors: []
    # actors:
    #   - id: side-a
    #     name: Side A
    #     aliases: [Side A, Side A's capital]
    #   - id: side-b
    #     name: Side B
    #     positions: false       # no page: listed only so that its names are never read as another side's
    #     aliases: [Side B]

    # The issues to follow: one page each, with its status and what each side says of it.
    issues: []
    # issues:
    #   - id: the-agreement
    #     name: The agreement
    #     aliases: [the agreement, TA]

    # Optional: people to pin to a side or a role; people are found in the articles without this.
    people: []
    # people:
    #   - name: First Last
    #     actor: side-a          # an actor id from above
    #     role: Their role, as the articles give it
    #     aliases: [Last]        # other names the articles call them by

    # Optional: metadata an article lacks, by file name; each field given wins over the text.
    sources: {}
    # sources:
    #   article-name.txt:
    #     title: The article's headline
    #     outlet: The outlet's name
    #     byline: The author's name
    #     published: 2024-01-31 09:30   # YYYY-MM-DD or YYYY-MM-DD HH:MM
    #     home: side-a                  # the outlet's own side: the "here" of "officials here"

    """

    public static let note = """
    # Where the articles go

    Put the articles of the story in this folder, beside `briefing.yml`: one plain-text file (`.txt`)
    per article, UTF-8, the headline on the first line, then the text with a blank line between
    paragraphs. A byline ("By Jane Doe"), a publication line ("Published : March 4, 2021 - 09:15")
    and the outlet's name are read where the text has them; `briefing.yml` gives what a file lacks.
    Only `.txt` files are read: this note is not an article.

    Then build the site and check it:

        briefing build --corpus THIS-FOLDER --output site
        briefing check --output site

    """

    /// Creates the folder (and its parents) with the two files. Refuses a folder that holds anything,
    /// and a path that is a file: init never overwrites.
    public static func create(at folder: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BriefingError(file: folder.path, "the path is a file, not a folder") }
            let contents = try fm.contentsOfDirectory(atPath: folder.path)
            guard contents.isEmpty else {
                let what = contents.contains(configurationName) ? "already holds a \(configurationName)" : "is not empty"
                throw BriefingError(file: folder.path, "the folder \(what): init makes a new corpus folder and never overwrites one")
            }
        }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(configuration.utf8).write(to: folder.appendingPathComponent(configurationName), options: .withoutOverwriting)
        try Data(note.utf8).write(to: folder.appendingPathComponent(noteName), options: .withoutOverwriting)
    }
}
