/// A count with its noun in the right number: "1 article", "3 articles", "0 meetings".
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
}
