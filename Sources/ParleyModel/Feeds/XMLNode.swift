import CLibXML2

/// A read-only view of one libxml2 element, valid while its document lives: names, namespaces,
/// attributes and text, without ever expanding an entity reference.
struct XMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// The element children, in order.
    var elements: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(node)) }
            child = node.pointee.next
        }
        return result
    }

    /// The first child element called `name`; with `namespace`, only in it; without, in any.
    func child(_ name: String, in namespace: String? = nil) -> XMLNode? {
        elements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    func children(_ name: String, in namespace: String? = nil) -> [XMLNode] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The value of an attribute (by local name, and namespace when given).
    func attribute(_ name: String, in namespace: String? = nil) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map { String(cString: $0) }
            let attributeNamespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            if attributeName == name, namespace == nil || attributeNamespace == namespace {
                return Self.text(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text below this element. Entity references are skipped, not expanded: an entity declared by
    /// the document is either harmless or an attack (a file path, a billion laughs), and feeds need none.
    var text: String { Self.text(of: pointer.pointee.children) }

    private static func text(of first: xmlNodePtr?) -> String {
        var bytes: [UInt8] = []
        append(first, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ first: xmlNodePtr?, to bytes: inout [UInt8]) {
        var node = first
        while let current = node {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
            case XML_ELEMENT_NODE:
                append(current.pointee.children, to: &bytes)
            default:
                break
            }
            node = current.pointee.next
        }
    }

    /// The markup of the children (an Atom `xhtml` content's `<div>`, unwrapped), as libxml2 writes it.
    func innerMarkup(document: xmlDocPtr) -> String {
        guard let buffer = xmlBufferCreate() else { return text }
        defer { xmlBufferFree(buffer) }
        let container = child("div") ?? self
        var node = container.pointer.pointee.children
        while let current = node {
            if current.pointee.type != XML_ENTITY_REF_NODE { xmlNodeDump(buffer, document, current, 0, 0) }
            node = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
