package place

import (
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// ResolveSpan resolves text[start:end] as ResolveName resolves that string, for a caller that
// has the text around it: context's Start and End are byte offsets into the same text. Where
// ResolveName would fall back to the document's focus (a name the gazetteer lacks), and where
// the name is found by part of it only ("Loyola University" → Loyola), a place the text names
// right after the span decides first: the span followed by "in", "at", "near", "outside" or
// "of" (and maybe a compass word: "in southern Italy") and a mention ("Kamenné Square in
// Bratislava", "a hospital in Rome") is in that place. A country decides only when the
// document's focus lies outside it (the focus inside it is the nearer guess), and a
// first-level region that has a city of its own name inside it gives that city ("a restaurant
// in New York"). It reports false for an empty or out-of-range span.
func (m *Matcher) ResolveSpan(text string, start, end int, context []Mention, countries []string) (Place, bool) {
	if start < 0 || end > len(text) || start >= end {
		return Place{}, false
	}
	local := func() (Place, bool) {
		p, ok := placeAfter(text, end, context)
		if ok && p.Kind == "region1" {
			if c, ok := m.namesakeCity(p); ok {
				return c, true
			}
		}
		return p, ok
	}
	return m.resolveName(text[start:end], context, countries, local)
}

// localPreps are the words between a name and the place it lies in ("X in Y").
var localPreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "of": true}

// placeAfter returns the place of the mention that follows text[:end] after one of localPreps
// and maybe a compass word ("… in Bratislava", "… in southern Italy"; see mentionAt).
func placeAfter(text string, end int, context []Mention) (Place, bool) {
	i := skipBlanks(text, end)
	j := i
	for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	if !localPreps[text[i:j]] {
		return Place{}, false
	}
	i = skipBlanks(text, j)
	if i == j {
		return Place{}, false
	}
	if p, ok, found := mentionAt(text, i, context); found {
		return p, ok
	}
	// A compass word may come between ("in southern Italy"), unless it begins the name
	// ("in South Charleston", found above).
	if k := wordEnd(text, i); k > i && compassWords[strings.ToLower(text[i:k])] {
		if n := skipBlanks(text, k); n > k {
			p, ok, _ := mentionAt(text, n, context)
			return p, ok
		}
	}
	return Place{}, false
}

// mentionAt returns the place of the mention that starts at i (found), unless it is a
// feature, has no coordinates, or is a country that holds the document's focus (ok false).
func mentionAt(text string, i int, context []Mention) (p Place, ok, found bool) {
	for k := range context {
		c := &context[k]
		if c.Start == i {
			if !c.Place.HasCoords || c.Place.Kind == "feature" {
				return Place{}, false, true
			}
			if c.Place.Kind == "country" {
				// A country decides only when the document's focus lies outside it: the
				// focus inside it is the nearer guess.
				if f, ok := focus(context); ok && f.Country == c.Place.Country {
					return Place{}, false, true
				}
			}
			return c.Place, true, true
		}
	}
	return Place{}, false, false
}

// wordEnd returns the end of the run of ASCII letters at i.
func wordEnd(text string, i int) int {
	for i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z') {
		i++
	}
	return i
}

// skipBlanks returns the index of the first byte at or after i that is no space or tab.
func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// namesakeCity returns the most populous city inside first-level region r that has r's name
// (New York, the city, for New York, the state).
func (m *Matcher) namesakeCity(r Place) (Place, bool) {
	ri, ok := m.slugIndex()[r.Slug]
	if !ok {
		return Place{}, false
	}
	re := m.ent(ri)
	o := m.trie.find(strings.Join(m.fold.words(re.Name), ""))
	if o < 0 {
		return Place{}, false
	}
	best := int32(-1)
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if e.Kind == gazetteer.Place && e.Country == re.Country && e.Admin1Code == re.Admin1Code && (best < 0 || e.Population > m.ent(best).Population) {
			best = c.e
		}
	}
	if best < 0 {
		return Place{}, false
	}
	return m.place(best), true
}
