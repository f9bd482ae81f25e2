package output

import "bytes"

// A fast path for the HTML of briefing bodies. The markdown renderer writes a small, regular
// part of HTML: lower-case tags from a short list, every attribute value in double quotes,
// and in text and attribute values only the entities of quickEntities. For that
// part quickHTML writes what the HTML minifier writes, byte for byte, about ten times faster:
// white space collapsed and dropped around block tags, as the minifier's look-ahead decides;
// entities written in their shortest safe form; attribute values unquoted where HTML allows,
// empty classes and ids left out, void tags closed without a slash, the renderer's comment in
// place of raw HTML left out. Anything else (another tag or entity, another comment, raw
// text, a style other than a table cell's alignment, an event attribute, raw HTML the
// markdown lets through) makes it give up, and MinifyFragmentTo hands the whole fragment to the minifier. The tests
// hold quickHTML to the minifier's output on the sample archive, on generated archives and on
// fuzzed markdown.

// Traits of a tag, as the minifier's tag table gives them.
const (
	qNormal uint8 = 1 << iota // phrasing tags (em, code, data...)
	qBlock                    // white space around them is dropped
	qObject                   // white space after them is kept
	qKeepP                    // a, del, ins: none of the above
)

// quickTagTraits returns the traits of a tag quickHTML handles, and false for any other tag.
func quickTagTraits(name []byte) (uint8, bool) {
	switch string(name) {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr", "br",
		"table", "thead", "tbody", "tfoot", "tr", "th", "td", "div", "section", "dl", "dt", "dd",
		"caption", "figure", "figcaption", "aside", "nav", "header", "footer", "article", "details",
		"summary":
		return qBlock, true
	case "em", "strong", "code", "data", "span", "sup", "sub", "mark", "abbr", "s", "b", "i",
		"small", "cite", "kbd", "var", "samp", "time", "u", "dfn":
		return qNormal, true
	case "a", "del", "ins":
		return qKeepP, true
	case "img", "wbr":
		return qObject, true
	}
	return 0, false
}

// Traits of an attribute, as the minifier's attribute table gives them.
const (
	qaPlain uint8 = iota // entities replaced
	qaTrim               // white space collapsed and trimmed too
	qaURL                // a URL: trimmed, its http or https scheme lower-cased
	qaAlign              // style, only as a table cell's alignment, which is already minimal
)

// quickAttrTraits returns the traits of an attribute quickHTML handles, and false for any
// other attribute (style, event handlers, boolean and RDFa attributes, type...).
func quickAttrTraits(name []byte) (uint8, bool) {
	switch string(name) {
	case "id", "title", "alt", "value", "role", "align":
		return qaPlain, true
	case "class", "start", "lang", "dir", "rel", "target", "colspan", "rowspan", "scope",
		"width", "height", "loading", "datetime":
		return qaTrim, true
	case "href", "src", "cite":
		return qaURL, true
	case "style":
		return qaAlign, true
	}
	if (bytes.HasPrefix(name, []byte("data-")) || bytes.HasPrefix(name, []byte("aria-"))) && len(name) > 5 {
		for _, c := range name[5:] {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return 0, false
			}
		}
		return qaPlain, true
	}
	return 0, false
}

// qtoken is a text, a start tag or an end tag of the fragment.
type qtoken struct {
	kind   uint8 // qText, qStart, qEnd, qComment
	traits uint8
	start  int // text: its bytes; tags: from '<' to past '>'
	end    int
	name   int // tags: the end of the name (from start+1, or start+2 for an end tag)
}

const (
	qText uint8 = iota
	qStart
	qEnd
	qComment // the renderer's stand-in for raw HTML it leaves out, which the minifier drops
)

// omittedHTML is what the markdown renderer writes in place of raw HTML when it is not allowed
// to render it.
const omittedHTML = "<!-- raw HTML omitted -->"

// quickTokens splits src into tokens, or reports false at the first byte outside the part of
// HTML quickHTML handles.
func quickTokens(toks []qtoken, src []byte) ([]qtoken, bool) {
	for i := 0; i < len(src); {
		if src[i] != '<' { // text, checked by appendEntities as it is written
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				j = len(src)
			} else {
				j += i
			}
			toks = append(toks, qtoken{kind: qText, start: i, end: j})
			i = j
			continue
		}
		if bytes.HasPrefix(src[i:], []byte(omittedHTML)) {
			toks = append(toks, qtoken{kind: qComment, start: i, end: i + len(omittedHTML)})
			i += len(omittedHTML)
			continue
		}
		t := qtoken{kind: qStart, start: i}
		k := i + 1
		if k < len(src) && src[k] == '/' {
			t.kind = qEnd
			k++
		}
		ns := k
		for k < len(src) && (src[k] >= 'a' && src[k] <= 'z' || src[k] >= '0' && src[k] <= '9' && k > ns) {
			k++
		}
		traits, ok := quickTagTraits(src[ns:k])
		if !ok {
			return toks, false
		}
		t.traits, t.name = traits, k
		if t.kind == qEnd {
			if k >= len(src) || src[k] != '>' {
				return toks, false
			}
			t.end = k + 1
			toks = append(toks, t)
			i = t.end
			continue
		}
		// attributes: ` name="value"`, then `>` or ` />`
		for {
			if k+1 < len(src) && src[k] == ' ' && src[k+1] == '/' {
				if k+2 < len(src) && src[k+2] == '>' {
					k += 3
					break
				}
				return toks, false
			}
			if k < len(src) && src[k] == '>' {
				k++
				break
			}
			if k >= len(src) || src[k] != ' ' {
				return toks, false
			}
			k++
			as := k
			for k < len(src) && src[k] != '=' && src[k] != ' ' && src[k] != '>' && src[k] != '/' {
				k++
			}
			traits, ok := quickAttrTraits(src[as:k])
			if !ok || k+1 >= len(src) || src[k] != '=' || src[k+1] != '"' {
				return toks, false
			}
			q := bytes.IndexByte(src[k+2:], '"') // the value is checked by appendEntities
			if q < 0 {
				return toks, false
			}
			if traits == qaAlign {
				switch string(src[k+2 : k+2+q]) {
				case "text-align:left", "text-align:right", "text-align:center":
				default:
					return toks, false // other styles are minified as CSS
				}
			}
			k += 2 + q + 1
		}
		t.end = k
		toks = append(toks, t)
		i = k
	}
	return toks, true
}

// quickEntities are the entities the markdown renderer writes (the typographer's among them),
// with what the minifier writes for each in text and in an attribute value: &lt; stays in
// text, the typographer's quotes and dashes stay (the minifier's table has none of them),
// &hellip; and the angle quotes get shorter forms. &amp; is decided by appendEntities.
var quickEntities = [...]struct{ name, text, attr string }{
	{"&amp;", "&", "&"}, {"&lt;", "&lt;", "<"}, {"&gt;", ">", ">"}, {"&quot;", `"`, `"`},
	{"&lsquo;", "&lsquo;", "&lsquo;"}, {"&rsquo;", "&rsquo;", "&rsquo;"},
	{"&ldquo;", "&ldquo;", "&ldquo;"}, {"&rdquo;", "&rdquo;", "&rdquo;"},
	{"&ndash;", "&ndash;", "&ndash;"}, {"&mdash;", "&mdash;", "&mdash;"},
	{"&hellip;", "&mldr;", "&mldr;"}, {"&laquo;", "&#171;", "&#171;"}, {"&raquo;", "&#187;", "&#187;"},
}

// entityAt returns the length of the entity at the start of b and what the minifier writes
// for it in text and in an attribute value, or 0 when it is not one of quickEntities.
func entityAt(b []byte) (n int, text, attr string) {
	if len(b) < 4 {
		return 0, "", ""
	}
	for _, e := range quickEntities {
		if e.name[1] == b[1] && len(b) >= len(e.name) && string(b[:len(e.name)]) == e.name {
			return len(e.name), e.text, e.attr
		}
	}
	return 0, "", ""
}

// Classes of bytes in text and attribute values.
const (
	bPlain uint8 = iota
	bSpace       // ' '
	bWhite       // '\t', '\n', '\r', '\f'
	bAmp         // '&'
	bLess        // '<'
	bBad         // other control bytes, DEL, '>'
)

var byteClass = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = bBad
	}
	t[0x7f], t['>'] = bBad, bBad
	t[' '] = bSpace
	t['\t'], t['\n'], t['\r'], t['\f'] = bWhite, bWhite, bWhite, bWhite
	t['&'], t['<'] = bAmp, bLess
	return t
}()

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func allHTMLSpace(b []byte) bool {
	for _, c := range b {
		if !isHTMLSpace(c) {
			return false
		}
	}
	return true
}

// entityKeepsAmp reports whether "&amp;" followed by the byte at next (in b) must stay an
// entity: a letter, digit or '#' after a bare '&' could be read as another entity.
func entityKeepsAmp(b []byte, next int) bool {
	if next >= len(b) {
		return false
	}
	c := b[next]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '#'
}

// appendEntities appends v with runs of white space collapsed (when collapse is set) to one
// space, or one newline when the run holds a line break, and its entities written as the
// minifier writes them (quickEntities, in text when inText is set, else in an attribute
// value): &amp; is decoded unless a letter, digit or '#' follows. It reports false when v
// holds what quickHTML does not handle: another entity, a control byte, a '>' (the renderer
// writes &gt;), or a '<' in an attribute value.
func appendEntities(dst, v []byte, collapse, inText bool) ([]byte, bool) {
	for i := 0; i < len(v); {
		j := i // a run copied as it is: plain bytes, lone spaces
		for j < len(v) {
			c := byteClass[v[j]]
			if c == bPlain || !collapse && c <= bWhite || c == bSpace && (j+1 == len(v) || !isHTMLSpace(v[j+1])) {
				j++
				continue
			}
			break
		}
		dst = append(dst, v[i:j]...)
		if i = j; i == len(v) {
			break
		}
		switch byteClass[v[i]] {
		case bSpace, bWhite: // a run to collapse
			nl := false
			for j < len(v) && isHTMLSpace(v[j]) {
				nl = nl || v[j] == '\n' || v[j] == '\r'
				j++
			}
			if nl {
				dst = append(dst, '\n')
			} else {
				dst = append(dst, ' ')
			}
			i = j
		case bAmp:
			n, text, attr := entityAt(v[i:])
			switch {
			case n == 0:
				return dst, false
			case text == "&" && entityKeepsAmp(v, i+n):
				dst = append(dst, "&amp;"...)
			case inText:
				dst = append(dst, text...)
			default:
				dst = append(dst, attr...)
			}
			i += n
		default: // '<' (a text ends before one), '>', control bytes
			return dst, false
		}
	}
	return dst, true
}

// attrNeedsQuotes marks the bytes that keep an attribute value in quotes.
var attrNeedsQuotes = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true,
	'"': true, '\'': true, '<': true, '=': true, '>': true, '`': true}

// appendAttrValue appends a decoded attribute value, with no quotes when none is needed, else
// in the quotes that need fewer escapes (double on a tie, as the value was written).
func appendAttrValue(dst, val []byte) []byte {
	singles, doubles, quoted := 0, 0, false
	for _, c := range val {
		if attrNeedsQuotes[c] {
			quoted = true
			if c == '"' {
				doubles++
			} else if c == '\'' {
				singles++
			}
		}
	}
	switch {
	case !quoted:
		return append(dst, val...)
	case doubles == 0:
		dst = append(dst, '"')
		dst = append(dst, val...)
		return append(dst, '"')
	}
	quote, escaped := byte('"'), "&#34;"
	if singles < doubles {
		quote, escaped = '\'', "&#39;"
	}
	dst = append(dst, quote)
	for _, c := range val {
		if c == quote {
			dst = append(dst, escaped...)
		} else {
			dst = append(dst, c)
		}
	}
	return append(dst, quote)
}

// appendStartTag appends a start tag, its attributes minified.
func appendStartTag(dst, val, src []byte, t qtoken) ([]byte, []byte, bool) {
	dst = append(dst, src[t.start:t.name]...)
	k := t.name
	for src[k] == ' ' && src[k+1] != '/' {
		k++
		as := k
		for src[k] != '=' {
			k++
		}
		name := src[as:k]
		traits, _ := quickAttrTraits(name)
		q := bytes.IndexByte(src[k+2:], '"')
		raw := src[k+2 : k+2+q]
		k += 2 + q + 1
		if simple, quoted := simpleValue(raw, traits); simple {
			// the common case: written as it is, in double quotes when it must be
			dst = append(dst, ' ')
			dst = append(dst, name...)
			dst = append(dst, '=')
			if quoted {
				dst = append(dst, '"')
				dst = append(dst, raw...)
				dst = append(dst, '"')
			} else {
				dst = append(dst, raw...)
			}
			continue
		}
		var ok bool
		if val, ok = appendEntities(val[:0], raw, traits == qaTrim, false); !ok {
			return dst, val, false
		}
		if traits != qaPlain {
			val = trimHTMLSpace(val)
		}
		if traits == qaURL && len(val) > 5 {
			if hasPrefixFold(val, "data:") {
				return dst, val, false // data URIs are rewritten by the minifier
			}
			if hasPrefixFold(val, "http") && (val[4] == ':' || (val[4] == 's' || val[4] == 'S') && val[5] == ':') {
				for i := range 4 {
					val[i] |= 0x20
				}
				if val[4] != ':' {
					val[4] |= 0x20
				}
			}
		}
		if len(val) == 0 {
			switch string(name) {
			case "class", "id", "dir":
				continue // empty values of these are left out
			}
			dst = append(dst, ' ')
			dst = append(dst, name...)
			continue
		}
		dst = append(dst, ' ')
		dst = append(dst, name...)
		dst = append(dst, '=')
		dst = appendAttrValue(dst, val)
	}
	return append(dst, '>'), val, true
}

// Classes of bytes in an attribute value, for simpleValue.
const (
	vPlain uint8 = iota // written as it is, unquoted
	vQuote              // written as it is, in quotes: ' ', '\'', '=', '`'
	vOther              // anything else needs the general path: entities, other white space, '<', '>', control bytes
)

var valueClass = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = vOther
	}
	t[0x7f], t['&'], t['<'], t['>'], t['"'] = vOther, vOther, vOther, vOther, vOther
	t[' '], t['\''], t['='], t['`'] = vQuote, vQuote, vQuote, vQuote
	return t
}()

// simpleValue reports whether a raw attribute value (as written between double quotes) is
// written by the minifier as it is, and whether in quotes: a non-empty value with no entity,
// no white space but single spaces inside, and for a URL no scheme the minifier rewrites.
// Such a value has no '"', so the minifier's quotes are double.
func simpleValue(raw []byte, traits uint8) (simple, quoted bool) {
	if len(raw) == 0 || raw[0] == ' ' || raw[len(raw)-1] == ' ' {
		return false, false
	}
	for i, c := range raw {
		switch valueClass[c] {
		case vQuote:
			if c == ' ' && traits == qaTrim && raw[i+1] == ' ' {
				return false, false // a run the minifier collapses
			}
			quoted = true
		case vOther:
			return false, false
		}
	}
	if traits == qaURL && len(raw) > 5 {
		if hasPrefixFold(raw, "data:") || hasPrefixFold(raw, "http") {
			return false, false
		}
	}
	return true, quoted
}

// trimHTMLSpace returns b without the white space at either end.
func trimHTMLSpace(b []byte) []byte {
	for len(b) > 0 && isHTMLSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isHTMLSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// hasPrefixFold reports whether b starts with prefix (lower-case ASCII), ignoring case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// quickHTML appends src minified to dst as the HTML minifier would, and reports false, with
// dst in an unspecified state past its length on entry, when src is outside the part of HTML
// it handles. toks is working memory, returned for reuse.
func quickHTML(dst, src []byte, toks []qtoken) ([]byte, []qtoken, bool) {
	toks, ok := quickTokens(toks[:0], src)
	if !ok {
		return dst, toks, false
	}
	var val []byte
	omitSpace := true // the next leading space is dropped
	for n, t := range toks {
		switch t.kind {
		case qText:
			start := len(dst)
			if dst, ok = appendEntities(dst, src[t.start:t.end], true, true); !ok {
				return dst, toks, false
			}
			if omitSpace && len(dst) > start && isHTMLSpace(dst[start]) {
				copy(dst[start:], dst[start+1:])
				dst = dst[:len(dst)-1]
			}
			omitSpace = false
			if len(dst) == start {
				omitSpace = true
			} else if isHTMLSpace(dst[len(dst)-1]) {
				omitSpace = true
				for i, m := 0, n+1; ; i, m = i+1, m+1 {
					if i > 100 {
						omitSpace = false
						break
					}
					if m == len(toks) { // the end: trailing space goes
						dst = dst[:len(dst)-1]
						omitSpace = false
						break
					}
					next := toks[m]
					if next.kind == qComment {
						continue
					}
					if next.kind == qText {
						if !allHTMLSpace(src[next.start:next.end]) {
							break
						}
						continue
					}
					if next.traits&qBlock != 0 {
						dst = dst[:len(dst)-1]
						omitSpace = false
						break
					}
					if next.kind == qStart {
						break
					}
				}
			}
		case qStart:
			if t.traits&qObject != 0 {
				omitSpace = false
			} else if t.traits&qBlock != 0 {
				omitSpace = true
			}
			dst, val, ok = appendStartTag(dst, val, src, t)
			if !ok {
				return dst, toks, false
			}
			if t.traits == qNormal && n+1 < len(toks) {
				// an empty phrasing element keeps the space after it
				if next := toks[n+1]; next.kind == qEnd && bytes.Equal(src[next.start+2:next.name], src[t.start+1:t.name]) {
					omitSpace = false
				}
			}
		case qComment: // dropped, and the space around it decided as if it were not there
		case qEnd:
			if t.traits&qObject != 0 {
				omitSpace = false
			} else if t.traits&qBlock != 0 {
				omitSpace = true
			}
			dst = append(dst, src[t.start:t.end]...)
		}
	}
	return dst, toks, true
}
