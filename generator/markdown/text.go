package markdown

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"
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

// Summary reads rendered HTML once and returns its number of words and the start of its text
// (at least n bytes of it, folded as PlainText folds it, cut at a word boundary and ended with
// "…" when the text is longer), without building the whole text.
func Summary(h []byte, n int) (words int, lead string) {
	var b strings.Builder
	inWord := false
	space := true
	full := false
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c == '<' {
			end := bytes.IndexByte(h[i:min(len(h), i+256)], '>')
			if end >= 0 {
				name := h[i+1 : i+end]
				for len(name) > 0 && name[0] == '/' {
					name = name[1:]
				}
				if j := bytes.IndexAny(name, " \t\n/"); j >= 0 {
					name = name[:j]
				}
				if blockTags[strings.ToLower(string(name))] {
					inWord = false
					if !space && !full {
						b.WriteByte(' ')
					}
					space = true
				}
				i += end
				continue
			}
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			inWord = false
			if !space && !full {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		if !inWord {
			words++
			inWord = true
			if !full && b.Len() >= n*2 {
				full = true
			}
		}
		space = false
		if !full {
			b.WriteByte(c)
		}
	}
	text := strings.TrimSpace(html.UnescapeString(b.String()))
	if len(text) <= n && !full {
		return words, text
	}
	cut := strings.LastIndexByte(text[:min(n, len(text))], ' ')
	if cut < n/2 {
		cut = min(n, len(text))
		for cut > 0 && cut < len(text) && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return words, strings.TrimRight(text[:cut], ",;:") + "…"
}
