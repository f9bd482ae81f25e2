package markdown

import (
	"bytes"
	"html"
	"strings"
)

// blockTags separate words; inline tags (em, a, data, …) do not.
var blockTags = map[string]bool{"p": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "td": true, "th": true,
	"tr": true, "div": true, "blockquote": true, "pre": true, "hr": true, "table": true, "section": true}

// PlainText returns the text of rendered HTML: tags dropped, entities decoded, runs of
// white space folded, a space where a block ends.
func PlainText(h []byte) string {
	var b strings.Builder
	b.Grow(len(h))
	space := true
	sep := func() {
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch c {
		case '<':
			end := bytes.IndexByte(h[i:min(len(h), i+256)], '>')
			if end < 0 {
				b.WriteByte(c)
				space = false
				continue
			}
			name := strings.TrimLeft(string(h[i+1:i+end]), "/")
			if j := strings.IndexAny(name, " \t\n/"); j >= 0 {
				name = name[:j]
			}
			if blockTags[strings.ToLower(name)] {
				sep()
			}
			i += end
		case ' ', '\n', '\t', '\r':
			sep()
		default:
			b.WriteByte(c)
			space = false
		}
	}
	return strings.TrimSpace(html.UnescapeString(b.String()))
}
