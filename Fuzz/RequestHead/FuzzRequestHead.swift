import DossierKit
import DossierServe
import Foundation

/// Fuzz target for `ServeFuzzEntryPoints.requestHead` (the request-head reader of `dossier serve`). Built by
/// scripts/fuzz with `-sanitize=fuzzer -DFUZZING` it is a libFuzzer binary; built plainly (as `swift build`
/// does) it runs the inputs named on its command line.
@main
enum FuzzRequestHead {
    static func main() {
        #if FUZZING
        exit(FuzzEntryPoints.runLibFuzzer { bytes, size in
            ServeFuzzEntryPoints.requestHead(FuzzEntryPoints.data(bytes, size))
            return 0
        })
        #else
        FuzzEntryPoints.replay(ServeFuzzEntryPoints.requestHead)
        #endif
    }
}
