import DossierKit
import Foundation

/// Fuzz target for `FuzzEntryPoints.template` (template parsing, as the build loads templates). Built by
/// scripts/fuzz with `-sanitize=fuzzer -DFUZZING` it is a libFuzzer binary; built plainly (as `swift build`
/// does) it runs the inputs named on its command line.
@main
enum FuzzTemplate {
    static func main() {
        #if FUZZING
        exit(FuzzEntryPoints.runLibFuzzer { bytes, size in
            FuzzEntryPoints.template(FuzzEntryPoints.data(bytes, size))
            return 0
        })
        #else
        FuzzEntryPoints.replay(FuzzEntryPoints.template)
        #endif
    }
}
