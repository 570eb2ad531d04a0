import DossierKit
import Foundation

/// Fuzz target for `FuzzEntryPoints.frontMatter`. Built by scripts/fuzz with `-sanitize=fuzzer -DFUZZING` it is a
/// libFuzzer binary; built plainly (as `swift build` does) it runs the inputs named on its command line.
@main
enum FuzzFrontMatter {
    static func main() {
        #if FUZZING
        exit(FuzzEntryPoints.runLibFuzzer { bytes, size in
            FuzzEntryPoints.frontMatter(FuzzEntryPoints.data(bytes, size))
            return 0
        })
        #else
        FuzzEntryPoints.replay(FuzzEntryPoints.frontMatter)
        #endif
    }
}
