/// When two spellings are one person's name: the rule extraction uses within an article, and the
/// library uses across articles. Names are compared as `NameKey` words.
///
/// `sameSurname(["aleksandr", "lukashenko"], ["alexander", "lukashenko"])` is true;
/// `sameSurname(["maria", "olenkova"], ["dmitri", "olenkov"])` is false.
enum NameSimilarity {
    /// Same last word (or, for long ones, the same first five letters: Lukashenko/Lukashenka), and
    /// first words alike: the same first three letters, or the same initial and most letter pairs.
    static func sameSurname(_ x: [String], _ y: [String]) -> Bool {
        guard let lastX = x.last, let lastY = y.last else { return false }
        guard lastX == lastY || (lastX.prefix(5) == lastY.prefix(5) && min(lastX.count, lastY.count) >= 5) else {
            return false
        }
        guard let firstX = x.first, let firstY = y.first, x.count > 1, y.count > 1 else { return true }
        return firstX.prefix(3) == firstY.prefix(3) || firstX.first == firstY.first && dice(firstX, firstY) >= 0.6
    }

    /// Dice similarity of letter pairs (each pair counted as often as it occurs), 0…1.
    static func dice(_ a: String, _ b: String) -> Double {
        func pairs(_ s: String) -> [String] {
            let c = Array(s)
            return c.count < 2 ? [s] : (0..<c.count - 1).map { String(c[$0...$0 + 1]) }
        }
        var x = pairs(a)
        let y = pairs(b)
        let total = x.count + y.count
        var shared = 0
        for pair in y {
            if let i = x.firstIndex(of: pair) {
                shared += 1
                x.remove(at: i)
            }
        }
        return Double(2 * shared) / Double(total)
    }
}
