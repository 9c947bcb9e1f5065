import Foundation

/// The OSC 52 request that asks a terminal to put text on the system clipboard. The text travels in
/// base64, so nothing in it can end the sequence or start another.
public enum Clipboard {
    /// `ESC ] 52 ; c ; <base64> BEL`.
    public static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x07]
    }
}
