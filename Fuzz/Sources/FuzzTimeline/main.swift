import CFuzzDriver
import Foundation

// SwiftPM makes this file's top-level code the program's entry point, which keeps libFuzzer's own
// main out of the link; so the entry hands libFuzzer the command line and the harness to call.
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzTimeline))
