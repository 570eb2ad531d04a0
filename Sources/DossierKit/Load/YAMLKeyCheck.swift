import CYaml
import Foundation

/// Refuses aliases (`*name`) in mapping keys before Yams composes the document.
///
/// Yams checks every mapping for duplicate keys by hashing the key nodes, and hashing an alias
/// hashes everything it stands for, expanded: eight levels of `&a [*b, *b, …]` used as a key
/// (`? *h : 1`) hash 8⁸ scalars, and every further level multiplies that by eight. A key that is
/// an alias, or holds one, is never needed in front matter or a config, so the YAML's events
/// are read with libyaml (the parser under Yams) first, and such a key is an error at its line.
/// Aliases in values are left alone: nothing hashes or expands them.
enum YAMLKeyCheck {
    /// The 1-based line and column (as Yams' marks count) of the first alias inside a key, if any.
    /// YAML that does not parse is left for Yams to report.
    static func firstAliasInKey(_ yaml: String) -> (line: Int, column: Int)? {
        // Most front matter has no alias at all.
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int)? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // For each open collection: is it a mapping, is its next node a key, and does it sit inside a key.
            var stack: [(isMapping: Bool, expectsKey: Bool, insideKey: Bool)] = []
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let type = event.type
                if type == YAML_STREAM_END_EVENT { return nil }
                if type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT {
                    stack.removeLast()
                    if let last = stack.indices.last, stack[last].isMapping { stack[last].expectsKey.toggle() }
                    continue
                }
                let isNode = type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT
                    || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
                guard isNode else { continue }
                let parent = stack.last
                let inKey = (parent?.insideKey ?? false) || (parent.map { $0.isMapping && $0.expectsKey } ?? false)
                if type == YAML_ALIAS_EVENT, inKey {
                    return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                }
                if type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT {
                    stack.append((isMapping: type == YAML_MAPPING_START_EVENT, expectsKey: true, insideKey: inKey))
                } else if let last = stack.indices.last, stack[last].isMapping {
                    stack[last].expectsKey.toggle()
                }
            }
        }
    }
}
