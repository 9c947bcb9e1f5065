import CLibXML2
import Foundation

/// OPML 2.0 subscription lists, the format newsboat, and most feed readers, import and export.
public enum OPML {
    /// One subscription: the feed's address and the name it is shown under.
    public struct Outline: Sendable, Equatable {
        public var url: String
        public var name: String?

        public init(url: String, name: String?) {
            self.url = url
            self.name = name
        }
    }

    /// Every outline with an `xmlUrl`, at any depth (readers nest them in folders), in document order.
    public static func parse(_ data: Data) throws(FeedError) -> [Outline] {
        let document = try FeedParser.document(data)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        let node = XMLNode(root)
        guard node.name == "opml" else { throw .notAFeed(root: node.name) }
        var outlines: [Outline] = []
        func collect(_ node: XMLNode) {
            for child in node.children("outline") {
                if let url = child.attribute("xmlUrl")?.trimmed.nonEmpty {
                    let name = (child.attribute("title") ?? child.attribute("text"))?.trimmed.nonEmpty
                    outlines.append(Outline(url: url, name: name))
                }
                collect(child)
            }
        }
        if let body = node.child("body") { collect(body) }
        return outlines
    }

    /// An OPML 2.0 document listing `outlines` as RSS subscriptions.
    public static func document(_ outlines: [Outline], title: String = "Parley feeds") -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<opml version="2.0">"#,
            "  <head><title>\(escape(title))</title></head>",
            "  <body>",
        ]
        for outline in outlines {
            let name = escape(outline.name ?? outline.url)
            lines.append(
                #"    <outline type="rss" text="\#(name)" title="\#(name)" xmlUrl="\#(escape(outline.url))"/>"#)
        }
        lines += ["  </body>", "</opml>"]
        return lines.joined(separator: "\n")
    }

    /// Text safe inside an attribute or element; control characters XML cannot hold are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\t": result += "&#\(scalar.value);"
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
