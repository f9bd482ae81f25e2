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

// isBlockTag reports whether name, in any case, is one of blockTags: as
// blockTags[strings.ToLower(name)], without allocating for an ASCII name.
func isBlockTag[S string | []byte](name S) bool {
	var lower [len("blockquote")]byte // the longest of blockTags
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf { // strings.ToLower folds some letters to ASCII (K, the kelvin sign)
			return blockTags[strings.ToLower(string(name))]
		}
		if i >= len(lower) {
			continue // too long, unless a later letter shrinks when folded
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return len(name) <= len(lower) && blockTags[string(lower[:len(name)])]
}

// summaryBreak marks the bytes at which Summary stops reading a word: white space and the
// start of a tag.
var summaryBreak = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '<': true}

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
			if isBlockTag(name) {
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
	b.Grow(min(2*n+64, len(h))) // the lead is read up to 2n bytes and the word after
	inWord := false
	space := true
	full := false
	for i := 0; i < len(h); {
		c := h[i]
		if c == '<' {
			end := bytes.IndexByte(h[i:min(len(h), i+256)], '>')
			if end >= 0 {
				name := h[i+1 : i+end]
				for len(name) > 0 && name[0] == '/' {
					name = name[1:]
				}
				for j, c := range name {
					if c == ' ' || c == '\t' || c == '\n' || c == '/' {
						name = name[:j]
						break
					}
				}
				if isBlockTag(name) {
					inWord = false
					if !space && !full {
						b.WriteByte(' ')
					}
					space = true
				}
				i += end + 1
				continue
			}
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			inWord = false
			if !space && !full {
				b.WriteByte(' ')
			}
			space = true
			i++
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
		// The rest of the word, up to white space or a tag, at once.
		j := i + 1
		for j < len(h) && !summaryBreak[h[j]] {
			j++
		}
		if !full {
			b.Write(h[i:j])
		}
		i = j
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
