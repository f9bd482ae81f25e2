package place

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Matching keys follow shared/gazetteer/SOURCE.md "Name matching": Unicode NFKD, combining
// marks dropped, case folded, ı→i ß→ss ø→o đ→d ł→l æ→ae œ→oe þ→th, apostrophes and ayn/hamza
// signs removed, any other character that is not a letter or digit a separator. A name's key
// is its words joined without spaces (so "Deir Ezzor" = "Deir ez-Zor"); a second key drops a
// leading Arabic article ("Qaim" = "Al Qā’im").

// foldTableSize covers Latin, Greek, Cyrillic and the Latin Extended Additional block.
const foldTableSize = 0x2000

// folder maps runes to their folded form. sep marks a separator, drop a removed character.
type folder struct {
	table [foldTableSize]string
}

const (
	sep  = " "
	drop = ""
)

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', 'ʻ', 'ʼ', 'ʽ', 'ʾ', 'ʿ', '´', '′':
		return true
	}
	return false
}

func newFolder() *folder {
	f := &folder{}
	for r := rune(0); r < foldTableSize; r++ {
		f.table[r] = foldSlow(r)
	}
	return f
}

func foldSlow(r rune) string {
	if isApostrophe(r) {
		return drop
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
		return sep
	}
	switch r {
	case 'ı':
		return "i"
	case 'ß', 'ẞ':
		return "ss"
	case 'ø', 'Ø':
		return "o"
	case 'đ', 'Đ':
		return "d"
	case 'ł', 'Ł':
		return "l"
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	case 'þ', 'Þ':
		return "th"
	}
	var b strings.Builder
	for _, c := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if isApostrophe(c) {
			continue
		}
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			b.WriteString(sep)
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	if b.Len() == 0 {
		return drop // a lone combining mark
	}
	return b.String()
}

// fold returns the folded form of r: lower-case letters and digits, sep, or drop. A nil
// folder computes every rune without the table.
func (f *folder) fold(r rune) string {
	if f != nil && r < foldTableSize {
		return f.table[r]
	}
	return foldSlow(r)
}

// words returns the folded words of s.
func (f *folder) words(s string) []string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				b.WriteByte(byte(r))
				continue
			case 'A' <= r && r <= 'Z':
				b.WriteByte(byte(r) + 'a' - 'A')
				continue
			}
		}
		b.WriteString(f.fold(r))
	}
	return strings.Fields(b.String())
}

// possessiveMark stands in a key for a possessive's "'s" inside a name: keys hold it where the
// name is so written, and the scanner steps over it where the text is (see token.poss), so
// "People's Republic of China" matches only so written, and "Lincoln's Center" no "Lincoln
// Center".
const possessiveMark = "'"

// possessiveWords returns the words of a name that holds a possessive "'s" at the end of a
// word, as the scanner reads them, with possessiveMark after each such word ("People's
// Republic of China" → people ' republic of china), and whether there was one.
func (f *folder) possessiveWords(s string) ([]string, bool) {
	var words []string
	from, found := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		if i > 0 && isApostrophe(r) && j < len(s) && (s[j] == 's' || s[j] == 'S') &&
			(j+1 == len(s) || !isWordByte(s, j+1)) {
			words = append(append(words, f.words(s[from:i])...), possessiveMark)
			from, found = j+1, true
			i = j + 1
			continue
		}
		i = j
	}
	if !found {
		return nil, false
	}
	return append(words, f.words(s[from:])...), true
}

// manyWords reports whether s folds to two or more words: len(f.words(s)) > 1, without
// building the words.
func (f *folder) manyWords(s string) bool {
	n := 0          // words begun
	inWord := false // the last folded rune is part of a word
	for _, r := range s {
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z') {
			if !inWord {
				if n++; n > 1 {
					return true
				}
				inWord = true
			}
			continue
		}
		for _, c := range f.fold(r) {
			if unicode.IsSpace(c) {
				inWord = false
			} else if !inWord {
				if n++; n > 1 {
					return true
				}
				inWord = true
			}
		}
	}
	return false
}

// Key returns the matching key of a name (words joined by single spaces), as documented
// above; "Al Qā’im" → "al qaim".
func Key(name string) string {
	return strings.Join((*folder)(nil).words(name), " ")
}

// airForceBaseVariant returns the words of a name ending in "AFB" with "Air Force Base"
// written out, and the other way round ("Wright-Patterson AFB", "Minot Air Force Base"), or
// nil: the gazetteer writes its bases either way, and so do briefings.
func airForceBaseVariant(w []string) []string {
	n := len(w)
	switch {
	case n >= 2 && w[n-1] == "afb":
		return append(slices.Clip(w[:n-1]), "air", "force", "base")
	case n >= 4 && w[n-3] == "air" && w[n-2] == "force" && w[n-1] == "base":
		return append(slices.Clip(w[:n-3]), "afb")
	case n >= 2 && w[n-1] == "sfb":
		return append(slices.Clip(w[:n-1]), "space", "force", "base")
	case n >= 4 && w[n-3] == "space" && w[n-2] == "force" && w[n-1] == "base":
		return append(slices.Clip(w[:n-3]), "sfb") // "Buckley SFB" for Buckley Space Force Base
	case n >= 4 && w[n-3] == "space" && w[n-2] == "force" && w[n-1] == "station":
		return append(slices.Clip(w[:n-3]), "sfs")
	}
	return nil
}
