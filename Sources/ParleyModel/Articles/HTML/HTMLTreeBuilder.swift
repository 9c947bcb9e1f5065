import CLibXML2

/// Parses HTML bytes with libxml2's HTML parser into an `HTMLDocument`.
///
/// This file imports no Foundation: libxml2's headers bring the system's ICU, whose declarations clash
/// with Foundation's copy in one file.
///
/// The parser runs with its SAX callbacks rather than building libxml2's own tree: the page is read in one
/// pass into the small `HTMLDocument`, which keeps a 50 MB page within a few times its size in memory.
/// The HTML parser loads no DTD, expands no entity declared in the page (it does not read declarations at
/// all), and with `HTML_PARSE_NONET` opens no connection.
final class HTMLTreeBuilder {
    /// Attributes that tell content from furniture, kept on every element; the rest are dropped.
    static let keptAttributes: Set<String> = ["id", "class", "role", "itemprop", "hidden", "aria-hidden", "style"]
    /// Attributes that carry metadata, kept on the elements that carry it (a link's `href` is not needed).
    static let metadataAttributes: [String: Set<String>] = [
        "meta": ["property", "name", "content", "charset", "http-equiv"], "link": ["rel", "href"],
        "time": ["datetime"], "script": ["type"],
    ]
    /// Deeper nesting than this is flattened into the element at this depth: no page needs it, and it keeps
    /// every walk over the tree shallow.
    static let maximumDepth = 160

    private(set) var document = HTMLDocument()
    private var current = 0
    private var depth = 0
    private var flattened = 0
    /// Inside a skipped element: how many of its elements are open.
    private var skipping = 0
    private var inJSONLD = false
    private var jsonLD = ""

    /// Parses `data`; `encoding` forces a character set (nil lets the page's BOM or `<meta charset>` decide,
    /// and UTF-8 otherwise).
    static func parse(_ bytes: UnsafeRawBufferPointer, encoding: String?) -> HTMLDocument {
        _ = XMLParsing.ready
        // libxml2 reports some errors (a page's bytes that its declared charset cannot convert) past the
        // parser's options, on standard error; a page's faults are not the terminal's business. The
        // handler is per thread, so it is set on every parse.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        let reader = HTMLTreeBuilder()
        // Room for every element and text at once: growing by doubling would hold three copies at a time.
        let tags = bytes.reduce(0) { $1 == UInt8(ascii: "<") ? $0 + 1 : $0 }
        reader.document.elements.reserveCapacity(tags / 2 + 16)
        reader.document.textRanges.reserveCapacity(tags + 16)
        reader.document.textBytes.reserveCapacity(bytes.count)
        guard let context = htmlNewParserCtxt() else { return reader.document }
        defer { htmlFreeParserCtxt(context) }
        var handler = xmlSAXHandler()
        handler.startElement = { context, name, attributes in
            HTMLTreeBuilder.instance(context)?.start(name, attributes)
        }
        handler.endElement = { context, name in HTMLTreeBuilder.instance(context)?.end(name) }
        handler.characters = { context, characters, length in
            HTMLTreeBuilder.instance(context)?.characters(characters, length)
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, characters, length in
            HTMLTreeBuilder.instance(context)?.script(characters, length)
        }
        context.pointee.sax.pointee = handler
        let unmanaged = Unmanaged.passRetained(reader)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        if let base = bytes.baseAddress, bytes.count > 0 {
            let pointer = base.assumingMemoryBound(to: CChar.self)
            _ = htmlCtxtReadMemory(context, pointer, Int32(clamping: bytes.count), nil, encoding, options)
        }
        return reader.document
    }

    private static func instance(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let me = parser.pointee._private
        else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(me).takeUnretainedValue()
    }

    private func start(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let name else { return }
        if skipping > 0 {
            skipping += 1
            return
        }
        let tag = String(cString: name).lowercased()
        var kept: [String: String] = [:]
        var microdata: [String: String] = [:]
        let metadata = Self.metadataAttributes[tag]
        if var pair = attributes {
            while let key = pair.pointee {
                let value = pair.advanced(by: 1).pointee
                let keyText = String(cString: key).lowercased()
                if Self.keptAttributes.contains(keyText) || metadata?.contains(keyText) == true {
                    kept[keyText] = value.map { String(cString: $0) } ?? ""
                } else if keyText == "content" || keyText == "datetime" {
                    microdata[keyText] = value.map { String(cString: $0) } ?? ""
                }
                pair = pair.advanced(by: 2)
            }
        }
        // `<span itemprop="datePublished" content="…">`: a value for the property, wherever it stands
        if kept["itemprop"] != nil { kept.merge(microdata) { own, _ in own } }
        if tag == "meta", kept["charset"] != nil || kept["http-equiv"]?.lowercased() == "content-type" {
            document.declaresCharset = true
        }
        if HTMLTags.skipped.contains(tag) {
            skipping = 1
            inJSONLD = tag == "script" && kept["type"]?.lowercased().contains("ld+json") == true
            return
        }
        if depth >= Self.maximumDepth {
            flattened += 1
            return
        }
        document.elements.append(HTMLDocument.Element(tag: tag, parent: current, attributes: kept))
        let index = document.elements.count - 1
        document.append(.element(index), to: current)
        current = index
        depth += 1
    }

    private func end(_ name: UnsafePointer<xmlChar>?) {
        if skipping > 0 {
            skipping -= 1
            if skipping == 0, inJSONLD {
                document.jsonLD.append(jsonLD)
                jsonLD = ""
                inJSONLD = false
            }
            return
        }
        if flattened > 0 {
            flattened -= 1
            return
        }
        guard current > 0 else { return }
        current = document.elements[current].parent
        depth -= 1
    }

    private func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard skipping == 0, let characters, length > 0 else { return }
        let start = UInt32(clamping: document.textBytes.count)
        document.textBytes.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
        if case .text(let last) = HTMLDocument.node(document.elements[current].lastChild),
            document.textRanges[last].start + document.textRanges[last].count == start
        {
            document.textRanges[last].count += UInt32(length)
        } else {
            document.textRanges.append((start, UInt32(length), -1))
            document.append(.text(document.textRanges.count - 1), to: current)
        }
    }

    /// Script and style content: kept only for JSON-LD, which carries the page's metadata.
    private func script(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard inJSONLD, let characters, length > 0, jsonLD.utf8.count < 1_048_576 else { return }
        jsonLD += String(decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self)
    }
}
