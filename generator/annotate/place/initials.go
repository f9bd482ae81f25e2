package place

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialsPlace resolves an acronym written in capitals ("SA", "T&T", "DRC", "P.N.G.") to the
// place of the document whose name's initials it is, or reports false: a place a mention
// names, else the country of one ("SA" in a text about Durban is South Africa, "T&T" beside
// "Trinidad" is Trinidad and Tobago). Function words of the name ("and", "of", "the") have
// no letter in it, and the acronym's "&" and full stops none either. With more than one such
// place the first mentioned wins; with none the acronym is left to the other rules.
func (m *Matcher) initialsPlace(name string, context []Mention) (Place, bool) {
	acr, ok := acronymLetters(name)
	if !ok {
		return Place{}, false
	}
	for i := range context {
		if p := context[i].Place; initialsOf(p.Name) == acr {
			return p, true
		}
	}
	for i := range context {
		cc := context[i].Place.Country
		if cc == "" {
			continue
		}
		if ci, ok := m.countryIdx[cc]; ok && initialsOf(m.ent(ci).Name) == acr {
			return m.place(ci), true
		}
	}
	return Place{}, false
}

// acronymLetters returns the capital letters of an acronym of two to five letters, written
// without spaces and maybe with "&" or full stops between them ("T&T", "P.N.G."), or false.
func acronymLetters(name string) (string, bool) {
	name = strings.TrimSpace(name)
	var b strings.Builder
	for _, r := range name {
		switch {
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r == '&' || r == '.':
		default:
			return "", false
		}
	}
	if n := b.Len(); n < 2 || n > 5 {
		return "", false
	}
	return b.String(), true
}

// initialsOf returns the capitalised first letters of the words of a place's name, function
// words left out ("Trinidad and Tobago" → "TT", "Democratic Republic of the Congo" → "DRC").
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		switch strings.ToLower(w) {
		case "and", "of", "the", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
