package content

import (
	"bytes"
	"unicode/utf8"
)

// The YAML frontmatter of most briefings is a handful of "key: value" lines whose values are
// quoted strings, lists of quoted strings and a date. yaml.v3 spends some 60 µs and 24 KB of
// garbage on each such block (a tenth of a second of processor time per thousand briefings),
// most of it in setting up its parser. decodePlainYAML reads that simple form directly and
// gives up (ok false) on anything else, which then goes to yaml.v3: it accepts only what
// yaml.v3 reads the same way, and FuzzPlainYAML holds its result to yaml.v3's.
//
// The form it reads, line by line:
//
//	key: "text"              a double-quoted string without escapes (no backslash)
//	key: ["a", "b"]          a flow sequence of such strings (or [])
//	key: Some plain words    a plain string: it starts with a letter, holds only letters,
//	                         digits, spaces and , . ' ( ) / - and characters past U+00A0,
//	                         and is not null, true or false in any case yaml.v3 knows
//	date: 2017-10-14T20:26Z  the date key's plain value, kept as written, as decodeMap does
//
// Keys are plain words at the start of a line ([A-Za-z_][A-Za-z0-9_-]*, 64 bytes at most),
// each once. Blank
// lines may come between. Comments, indentation, block sequences, escapes, single quotes,
// anchors, tags and every other plain value go to yaml.v3.
func decodePlainYAML(data []byte) (map[string]any, bool) {
	m := make(map[string]any, 12)
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if len(bytes.Trim(line, " ")) == 0 {
			if len(line) > 0 {
				return nil, false // spaces alone: leave the edge cases of indentation to yaml.v3
			}
			continue
		}
		key, rest, ok := plainKey(line)
		if !ok {
			return nil, false
		}
		if _, dup := m[key]; dup {
			return nil, false // yaml.v3 reports it
		}
		var val any
		switch {
		case rest[0] == '"':
			s, n, ok := quotedString(rest)
			if !ok || !onlySpaces(rest[n:]) {
				return nil, false
			}
			val = s
		case rest[0] == '[':
			list, ok := quotedList(rest)
			if !ok {
				return nil, false
			}
			val = list
		case key == "date":
			s, ok := plainDate(rest)
			if !ok {
				return nil, false
			}
			val = s
		default:
			s, ok := plainString(rest)
			if !ok {
				return nil, false
			}
			val = s
		}
		m[key] = val
	}
	return m, true
}

// plainKey splits "key: value" into the key and the value with its leading spaces removed;
// ok is false unless the key is a plain word at the start of the line and a value follows.
func plainKey(line []byte) (key string, rest []byte, ok bool) {
	i := 0
	for i < len(line) && (isWordByte(line[i]) || i > 0 && (line[i] == '-' || line[i] >= '0' && line[i] <= '9')) {
		i++
	}
	if i == 0 || i > 64 || i+1 >= len(line) || line[i] != ':' || line[i+1] != ' ' { // YAML caps a simple key's length
		return "", nil, false
	}
	rest = bytes.TrimLeft(line[i+1:], " ")
	if len(rest) == 0 {
		return "", nil, false // a null, or a block below: yaml.v3's
	}
	return string(line[:i]), rest, true
}

func isWordByte(c byte) bool { return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z' }

func onlySpaces(b []byte) bool { return len(bytes.Trim(b, " ")) == 0 }

// quotedString reads a double-quoted string with no escapes at the start of b and returns it
// and the number of bytes read, closing quote included.
func quotedString(b []byte) (string, int, bool) {
	end := bytes.IndexByte(b[1:], '"')
	if end < 0 {
		return "", 0, false
	}
	s := b[1 : 1+end]
	if bytes.IndexByte(s, '\\') >= 0 || !printable(s) {
		return "", 0, false
	}
	return string(s), end + 2, true
}

// quotedList reads a flow sequence of double-quoted strings that ends its line.
func quotedList(b []byte) ([]any, bool) {
	list := []any{}
	b = bytes.TrimLeft(b[1:], " ")
	if len(b) > 0 && b[0] == ']' {
		return list, onlySpaces(b[1:])
	}
	for {
		if len(b) == 0 || b[0] != '"' {
			return nil, false
		}
		s, n, ok := quotedString(b)
		if !ok {
			return nil, false
		}
		list = append(list, s)
		b = bytes.TrimLeft(b[n:], " ")
		if len(b) == 0 {
			return nil, false
		}
		switch b[0] {
		case ']':
			return list, onlySpaces(b[1:])
		case ',':
			b = bytes.TrimLeft(b[1:], " ")
		default:
			return nil, false
		}
	}
}

// plainDate reads the date key's plain value: digits, letters, . + - and single spaces, and
// colons between digits.
func plainDate(b []byte) (string, bool) {
	b = bytes.TrimRight(b, " ")
	if len(b) == 0 || b[0] < '0' || b[0] > '9' {
		return "", false
	}
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9', c|0x20 >= 'a' && c|0x20 <= 'z', c == '.' || c == '+' || c == '-':
		case c == ':' && i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '9': // a time's, never a mapping's
		case c == ' ' && b[i-1] != ' ':
		default:
			return "", false
		}
	}
	return string(b), true
}

// plainString reads a plain value that yaml.v3 takes as a string as written.
func plainString(b []byte) (string, bool) {
	b = bytes.TrimRight(b, " ")
	if b[0]|0x20 < 'a' || b[0]|0x20 > 'z' {
		return "", false
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b[i:])
			if r < 0xA0 || !printableRune(r) {
				return "", false
			}
			i += size
			continue
		}
		switch {
		case c >= '0' && c <= '9', c|0x20 >= 'a' && c|0x20 <= 'z':
		case c == ',' || c == '.' || c == '\'' || c == '(' || c == ')' || c == '/' || c == '-':
		case c == ' ' && b[i-1] != ' ':
		default:
			return "", false
		}
		i++
	}
	switch string(b) {
	case "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE":
		return "", false
	}
	return string(b), true
}

// printable reports whether every character of s may stand in a YAML double-quoted string
// as itself: tabs, printable ASCII, and printable characters past U+00A0.
func printable(s []byte) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r < 0xA0 || !printableRune(r) {
			return false
		}
		i += size
	}
	return true
}

// printableRune reports whether r, past U+00A0, is printable for YAML and no line break.
func printableRune(r rune) bool {
	return r != utf8.RuneError && r != 0xFEFF && r != 0xFFFE && r != 0xFFFF && (r < 0xD800 || r > 0xDFFF) &&
		r != 0x2028 && r != 0x2029 // line and paragraph separators: line breaks to yaml.v3
}
