import Foundation

/// The part of JSON Schema (2020-12) that Parley's schemas in `docs/schema` use: `type` (one or a list),
/// `enum`, `const`, `properties`, `required`, `additionalProperties: false`, `items`, `minItems`,
/// `minimum`, `pattern`, `oneOf` and `$ref` to `#/$defs/…` in the same file or `FILE#/$defs/…` beside it.
/// A keyword it does not know is an error, so a schema cannot say more than is checked.
struct JSONSchema {
    /// The folder the schema files are in.
    let folder: URL
    private var documents: [String: [String: Any]] = [:]

    init(folder: URL) {
        self.folder = folder
    }

    /// The problems of `value` against the schema in `file`, each with the path to the value ("$.articles[0].id").
    mutating func problems(of value: Any, against file: String) throws -> [String] {
        let schema = try document(file)
        var found: [String] = []
        try check(value, schema, file: file, path: "$", into: &found)
        return found
    }

    private mutating func document(_ file: String) throws -> [String: Any] {
        if let loaded = documents[file] { return loaded }
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SchemaError.unreadable(file)
        }
        documents[file] = object
        return object
    }

    static let known: Set<String> = [
        "$schema", "$id", "title", "description", "$defs", "type", "enum", "const", "properties", "required",
        "additionalProperties", "items", "minItems", "minimum", "pattern", "oneOf", "$ref",
    ]

    private mutating func check(
        _ value: Any, _ schema: [String: Any], file: String, path: String, into found: inout [String]
    )
        throws
    {
        if let unknown = schema.keys.first(where: { !Self.known.contains($0) }) {
            throw SchemaError.keyword(unknown, file)
        }
        if let reference = schema["$ref"] as? String {
            let (target, targetFile) = try resolve(reference, from: file)
            try check(value, target, file: targetFile, path: path, into: &found)
        }
        if let types = schema["type"] {
            let wanted = (types as? [String]) ?? [types as? String ?? ""]
            guard wanted.contains(where: { Self.isType(value, $0) }) else {
                found.append("\(path): \(Self.describe(value)) is not \(wanted.joined(separator: " or "))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            found.append("\(path): \(Self.describe(value)) is not one of \(options)")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            found.append("\(path): \(Self.describe(value)) is not \(constant)")
        }
        if let pattern = schema["pattern"] as? String, let string = value as? String,
            string.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): '\(string)' does not match \(pattern)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? NSNumber, number.doubleValue < minimum {
            found.append("\(path): \(number) is below \(minimum)")
        }
        if let choices = schema["oneOf"] as? [[String: Any]] {
            var passing = 0
            for choice in choices {
                var inner: [String] = []
                try check(value, choice, file: file, path: path, into: &inner)
                if inner.isEmpty { passing += 1 }
            }
            if passing != 1 { found.append("\(path): \(Self.describe(value)) fits \(passing) of the oneOf choices") }
        }
        if let object = value as? [String: Any], !(value is NSNumber) {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): '\(key)' is missing")
            }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] {
                    try check(member, property, file: file, path: "\(path).\(key)", into: &found)
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): '\(key)' is not in the schema")
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                found.append("\(path): \(array.count) items, fewer than \(minimum)")
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() {
                    try check(item, items, file: file, path: "\(path)[\(index)]", into: &found)
                }
            }
        }
    }

    /// The schema a `$ref` names, and the file it is in.
    private mutating func resolve(_ reference: String, from file: String) throws -> ([String: Any], String) {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let targetFile = parts[0].isEmpty ? file : parts[0]
        var node: Any = try document(targetFile)
        for step in (parts.count > 1 ? parts[1] : "").split(separator: "/") {
            guard let next = (node as? [String: Any])?[String(step)] else {
                throw SchemaError.reference(reference, file)
            }
            node = next
        }
        guard let target = node as? [String: Any] else { throw SchemaError.reference(reference, file) }
        return (target, targetFile)
    }

    static func isType(_ value: Any, _ type: String) -> Bool {
        let number = value as? NSNumber
        // JSONSerialization gives true and false as a boolean kind of NSNumber, which also casts to Int
        let isBool = number != nil && String(describing: Swift.type(of: value)).contains("Boolean")
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBool
        case "integer": return !isBool && number.map { $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "number": return !isBool && number != nil
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return false
    }

    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let string = value as? String { return "'\(string.prefix(40))'" }
        if value is [Any] { return "an array" }
        if value is [String: Any] { return "an object" }
        return "\(value)"
    }

    enum SchemaError: Error {
        case unreadable(String)
        case keyword(String, String)
        case reference(String, String)
    }
}
