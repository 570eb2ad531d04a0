import Foundation

/// What `dossier init` writes: a config, one example source, one example note and a
/// `.gitignore`; the caller adds the templates. The example is a made-up story, small enough
/// to read at a glance, and it uses the features an editor will want next (front matter,
/// wikilinks, tags, a cited source).
public enum ExampleDossier {
    public static let sourceFile = "content/sources/tram-line-approved.md"
    public static let noteFile = "content/notes/how-this-dossier-works.md"

    /// Path inside the new dossier → text.
    public static func files(title: String) -> [(path: String, text: String)] {
        [
            ("dossier.yml", """
                # The dossier's settings. See the README of dossier for every key.
                title: \(NewFile.yamlString(title))
                description: "A dossier made with dossier."
                language: en
                # base_url: "https://example.org/dossier/"   (only for absolute links in the calendar)

                """),
            (".gitignore", "/public/\n/.public.*\n"),
            (sourceFile, """
                ---
                title: "City council approves tram line to the harbour"
                date: 2026-03-04
                outlet: "Example Gazette"
                tags: [transport]
                ---

                The city council of Northport approved a new tram line to the harbour on Tuesday, after two years of debate.

                Mayor Elena Varga said construction would start in June and that the first trams would run in 2028.

                The Northport Transit Authority will run the line. Its director, Tomas Lind, said the route would carry 20,000 passengers a day.

                """),
            (noteFile, """
                ---
                title: "How this dossier works"
                date: 2026-03-05
                tags: [transport]
                entities: [Elena Varga]
                sources: [tram-line-approved.md]
                ---

                This is an example note. Sources go in `content/sources/` (as scraped text, or Markdown
                with front matter) and notes like this one in `content/notes/`.

                A note links by name: to [[Elena Varga]], to [[sources/tram-line-approved.md|the first report]],
                or to the [[timeline]]. Each page it links to lists it under its backlinks.

                Replace the examples with your own story: `dossier new source URL`, `dossier new note "Title"`,
                then `dossier check` and `dossier build` (or `dossier serve` while you write).

                """),
        ]
    }

    /// Creates a new dossier in a new or empty folder: the example files and the given templates
    /// under `Templates/`. Returns the title and the number of files written.
    public static func create(in directory: String, title: String?, templates: [TemplateSet.File]) throws(DossierError) -> (title: String, files: Int) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw DossierError(SourceLocation(file: directory), "is a file, not a folder") }
            if let existing = try? manager.contentsOfDirectory(atPath: directory), !existing.isEmpty {
                throw DossierError(SourceLocation(file: directory),
                                   "folder is not empty; dossier init only writes into a new or empty folder")
            }
        }
        let name = title ?? Self.title(forFolder: URL(fileURLWithPath: directory).standardizedFileURL.path)
        let files = Self.files(title: name).map { (path: $0.path, data: Data($0.text.utf8)) }
            + templates.map { (path: "Templates/" + $0.path, data: $0.data) }
        for file in files {
            let path = directory + "/" + file.path
            try NewFile.create(path, data: file.data, displayPath: path)
        }
        return (name, files.count)
    }

    /// A title for a new dossier from its folder name: `port-strike` → `Port strike`.
    public static func title(forFolder path: String) -> String {
        let name = Paths.lastComponent(path).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let first = name.first else { return "Dossier" }
        return first.uppercased() + name.dropFirst()
    }
}
