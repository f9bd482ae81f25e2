package place

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// ResolveName resolves a name given on its own (not found in running text) in the context of
// a document's mentions and context countries. It applies no recognition rules: the caller
// asserts that the string is a place name.
func (m *Matcher) ResolveName(name string, context []Mention, countries []string) (Place, bool) {
	return m.resolveName(name, context, countries, nil)
}

// resolveName is ResolveName with local, when not nil, as the first guess for a name the
// gazetteer lacks or finds by part of it only (see ResolveSpan); the document's focus is the
// next.
func (m *Matcher) resolveName(name string, context []Mention, countries []string, local func() (Place, bool)) (Place, bool) {
	fallback := func() (Place, bool) {
		if local != nil {
			if p, ok := local(); ok {
				return p, true
			}
		}
		return focus(context)
	}
	w := m.fold.words(name)
	if len(w) == 0 {
		return Place{}, false
	}
	// Every repeat of a name in a document is one place: a name the document's mentions
	// include resolves as they do ("New York" in "New York Times" beside "New York", the city);
	// with a region's suffix it is the region of that name around it ("Karak district" beside
	// "Karak", the town, is Karak governorate, whatever the text calls it).
	_, suffixed := suffixes[w[len(w)-1]]
	suffixed = suffixed && len(w) > 1 && suffixes[w[len(w)-1]] != vCity
	for _, c := range context {
		ws := m.fold.words(c.Text)
		if slices.Equal(ws, w) {
			return c.Place, true
		}
		if i, ok := m.slugIndex()[c.Place.Slug]; ok && suffixed && slices.Equal(ws, w[:len(w)-1]) {
			if o := m.trie.find(strings.Join(ws, "")); o >= 0 {
				for _, d := range m.outs[o].cands {
					if e := m.ent(d.e); (e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Region2) && contains(e, m.ent(i)) {
						return m.place(d.e), true
					}
				}
			}
		}
	}
	if p, ok := m.initialsPlace(name, context); ok {
		return p, true // "SA" in a text about Durban, "T&T" beside "Trinidad"
	}
	if cont := unionAcronyms[strings.Join(w, " ")]; cont != "" && allUpper(name) {
		if p, ok := m.continent(cont); ok {
			return p, true // "EU" is not Eu, France
		}
	}
	// The demonym of a nation of the United Kingdom or of a people's region is that nation or
	// region ("English" → England, "Kurdish" → Kurdistan).
	if n := demonymRegion[strings.Join(w, " ")]; n != "" {
		if o := m.trie.find(strings.Join(m.fold.words(n), "")); o >= 0 {
			for _, c := range m.outs[o].cands {
				if e := m.ent(c.e); e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Feature {
					return m.place(c.e), true
				}
			}
		}
	}
	// A demonym is its country before any town of that name ("Canadian", "Spanish").
	if len(w) == 1 {
		if cc := demonymCountry[w[0]]; cc != "" {
			if i, ok := m.countryIdx[cc]; ok {
				return m.place(i), true
			}
		}
	}
	if len(w) > 1 && w[len(w)-1] == "co" && strings.HasSuffix(strings.TrimSpace(name), ".") {
		w = append(w[:len(w)-1:len(w)-1], "county") // "Loudon Co."
	}
	o := m.trie.find(strings.Join(w, ""))
	if (o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0) && len(w) > 1 && articles[w[0]] {
		o = m.trie.find(strings.Join(w[1:], ""))
	}
	partial := false // found by part of the name only
	if (o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0) && len(w) > 1 {
		o, partial = m.headName(w, allUpper(strings.Fields(name)[0])), true
	}
	if o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0 {
		// "University of Alberta", "Bank of Japan", "Stade de France": the place after the
		// last "of"
		for k := len(w) - 2; k >= 1; k-- {
			if w[k] == "of" || romanceOf[w[k]] {
				if t := w[k+1:]; !(len(t) == 1 && (stopWords[t[0]] || commonWords[t[0]])) {
					o, partial = m.trie.find(strings.Join(t, "")), true
				}
				break
			}
		}
	}
	if o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0 {
		key := strings.Join(w, " ")
		if len(w) > 1 && (demonymCountry[w[0]] != "" || demonymContinent[w[0]] != "") {
			key = w[0] // "Syrian coast": the country is the nearest known place
		}
		if len(w) == 1 && demonymCountry[key] == "" && strings.HasSuffix(key, "s") {
			key = strings.TrimSuffix(key, "s") // "Latvians", "Czechs"
		}
		if cc := demonymCountry[key]; cc != "" {
			if i, ok := m.countryIdx[cc]; ok {
				return m.place(i), true
			}
		}
		if cont := demonymContinent[key]; cont != "" {
			if p, ok := m.continent(cont); ok {
				return p, true
			}
		}
		if o = m.demonymPlace(w); o < 0 {
			// A name the gazetteer lacks (a street, a building, a neighbourhood) is most
			// likely in the place the document is about.
			return fallback()
		}
		partial = false
	}
	// A county's name without its "County" is the county when the document names it in full
	// ("Suffolk" beside "Suffolk County" is not Suffolk, Virginia).
	for _, c := range m.outs[o].cands {
		if c.flags&fBare == 0 {
			continue
		}
		for _, x := range context {
			if x.Place.ID == m.ent(c.e).ID && x.Place.Kind == "region2" {
				return x.Place, true
			}
		}
	}
	variant := vPlain
	if strings.HasSuffix(strings.TrimSpace(name), ".") && m.hasVariant(o, vAbbr) {
		variant = vAbbr // "Pa.", "Ont.": the caller asserts a place, so the abbreviation
	}
	g := m.newGroup(o, variant, nil)
	ctx := map[string]bool{}
	for _, c := range countries {
		ctx[strings.ToUpper(c)] = true
	}
	v := m.newVotes()
	for _, c := range context {
		p := c.Place
		v.n++
		if p.Kind != "country" && p.Kind != "feature" && p.HasCoords && len(v.points) < maxPoints {
			v.points = append(v.points, vpoint{p.Lat, p.Lon, -4, -4, -1, false}) // no group: never skipped
		}
		i, ok := m.slugIndex()[p.Slug]
		if !ok {
			continue
		}
		code := m.codes[i]
		v.country[code.country]++
		if p.Kind == "country" {
			v.named[code.country]++
			v.nNamed++
		}
		if code.a1 != 0 {
			v.admin1[code.a1]++
		}
		if code.a2 != 0 {
			v.admin2[code.a2]++
		}
	}
	v.setTop()
	best, bestScore := 0, math.Inf(-1)
	for ci, c := range g.cands {
		if sc := m.score(c, g.prior[ci], ctx, v, &g, nil); m.better(c, sc, g.cands[best], bestScore) {
			best, bestScore = ci, sc
		}
	}
	p := m.place(g.cands[best].e)
	weakWord := len(w) == 1 && (commonWords[w[0]] || givenNames[w[0]] || dayMonth[w[0]] || orgHeads[w[0]])
	// A municipality named after a famous place ("Washington Township", "West Chester Twp.")
	// lies where the text is, not in that place.
	municipal := partial && municipalWords[w[len(w)-1]]
	if partial && local != nil {
		// "Loyola University in Los Angeles": the place the text puts it in, before a
		// place that shares a word with it.
		if lp, ok := local(); ok {
			return lp, true
		}
	}
	if (partial || weakWord) && (!landmark(p) || municipal) && m.ent(g.cands[best].e).FeatureCode != "CONT" && !nearContext(p, context, focusKm) {
		// "Bandera Street" in a text about another town is rarely in Bandera, Texas.
		if f, ok := fallback(); ok {
			return f, true
		}
	}
	if p.Kind == "city" && p.Population < foreignPop && v.n > 0 && v.country[m.codes[g.cands[best].e].country] == 0 && !nearContext(p, context, focusKm) {
		// A small town in a country the text names nothing in, named in a text about a
		// city elsewhere, is rarely meant: "Heathrow" in a text about London is no
		// Heathrow, Florida.
		if f, ok := fallback(); ok && f.Kind != "country" {
			return f, true
		}
	}
	return p, true
}

// demonymSuffixes turn the last word of a place's demonym back into the place's name:
// "Iowan" → Iowa, "Chicagoan" → Chicago, "Kansan" → Kansas, "Virginian" → Virginia,
// "Kentuckian" → Kentucky, "Bostonian" → Boston, "New Yorker" → New York, "Seattleite" →
// Seattle.
var demonymSuffixes = [][2]string{
	{"ian", "ia"}, {"ian", "a"}, {"ian", "io"}, {"ian", "y"}, {"ian", ""},
	{"an", "a"}, {"an", ""}, {"an", "as"}, {"er", ""}, {"ite", ""}, {"ite", "e"},
}

// demonymPlace finds the place a demonym of a city, region or country names ("Kentuckians",
// "New Yorker", "Floridians"), or -1: of the names that the endings give back (see
// demonymSuffixes), the one whose likeliest place ranks highest ("Florida", not Floridia in
// Sicily). The name without its ending must be a place's name of at least four letters that
// is not a common word.
func (m *Matcher) demonymPlace(w []string) int32 {
	last := w[len(w)-1]
	forms := []string{last}
	if strings.HasSuffix(last, "s") {
		forms = []string{strings.TrimSuffix(last, "s"), last}
	}
	head := strings.Join(w[:len(w)-1], "")
	best, bestPrior := int32(-1), math.Inf(-1)
	for _, f := range forms {
		for _, sf := range demonymSuffixes {
			stem, ok := strings.CutSuffix(f, sf[0])
			if !ok || len(stem)+len(sf[1]) < 4 {
				continue
			}
			base := stem + sf[1]
			if len(w) == 1 && (stopWords[base] || commonWords[base] || orgHeads[base]) {
				continue
			}
			o := m.trie.find(head + base)
			if o < 0 || m.outs[o].block {
				continue
			}
			for _, c := range m.outs[o].cands {
				if p := m.prior(c); p > bestPrior {
					best, bestPrior = o, p
				}
			}
		}
	}
	return best
}

// demonymRegion maps the demonyms of the nations of the United Kingdom and of peoples whose
// homeland is a region rather than a country to the region's name, for ResolveName.
var demonymRegion = map[string]string{"english": "England", "scottish": "Scotland", "welsh": "Wales",
	"northern irish": "Northern Ireland", "kurdish": "Kurdistan", "arab": "Arabian Peninsula", "arabian": "Arabian Peninsula",
	"tamil": "Tamil Nadu", "catalan": "Catalonia", "basque": "Basque Country", "flemish": "Flanders", "walloon": "Wallonia",
	"chechen": "Chechnya", "sindhi": "Sindh", "baloch": "Balochistan", "balochi": "Balochistan", "baluch": "Balochistan",
	"siberian": "Siberia"}

// municipalWords end the names of municipalities (see ResolveName).
var municipalWords = wordSet(`township twp borough village`)

// unionAcronyms are acronyms of unions of countries, resolved by ResolveName to their continent.
var unionAcronyms = map[string]string{"eu": "Europe", "e u": "Europe"}

// continent returns the continent with a name.
func (m *Matcher) continent(name string) (Place, bool) {
	if o := m.trie.find(strings.Join(m.fold.words(name), "")); o >= 0 {
		for _, c := range m.outs[o].cands {
			if m.ent(c.e).FeatureCode == "CONT" {
				return m.place(c.e), true
			}
		}
	}
	return Place{}, false
}

// headName finds, for a name the gazetteer lacks, the longest run of its first words that names a
// place, with a leading modifier if a place's name has it, else after modifiers such as "Greater":
// "Oaxaca State" → Oaxaca, "Vancouver Art Gallery" → Vancouver, "New Orleans Streetcar Company" →
// New Orleans (not Orléans), "Greater Toronto Area" → Toronto. Runs that are common words, given
// names or organisation heads ("University Hospital", "Thomas Memorial") do not count, nor a
// function word unless upper is set (the name's first word is in capitals: "US Federal Reserve").
func (m *Matcher) headName(w []string, upper bool) int32 {
	// with a leading modifier first, then without it ("Northern Baghdad Operations Command")
	for k := 0; k < 2; k++ {
		if k == 1 {
			if !modifierWords[w[0]] {
				break
			}
			for len(w) > 1 && modifierWords[w[0]] {
				w = w[1:]
			}
		}
		for n := len(w) - 1; n >= 1; n-- {
			head := w[:n]
			if n == 1 && (stopWords[head[0]] && !upper || commonWords[head[0]] || givenNames[head[0]] || orgHeads[head[0]] || demonyms[head[0]] || articles[head[0]] || modifierWords[head[0]]) {
				continue
			}
			o := m.trie.find(strings.Join(head, ""))
			if o >= 0 && !m.outs[o].block && len(m.outs[o].cands) > 0 {
				return o
			}
		}
	}
	return -1
}

// allUpper reports whether s has two or more letters, all upper case ("US", "U.S.").
func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// placeHeads are generic words of places that head a place's name ("Mount Sinjar", "Port
// Sudan", "Cape Town"): a capitalised one before a name does not make it part of another name.
var placeHeads = wordSet(`mount mountain mountains lake lakes river rivers valley island islands port fort camp
bay gulf sea cape point beach coast north south east west northern southern eastern western upper lower
central greater inner outer old new`)

// CountryCode returns the ISO 3166-1 alpha-2 code of the country that name names: the code
// itself in capitals ("PL"), or a name or alternate name of a country in any case ("Poland",
// "the United States", "Côte d'Ivoire"). It reports false for anything else, a region or a
// city included.
func (m *Matcher) CountryCode(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if len(name) == 2 && allUpper(name) {
		if _, ok := m.countryIdx[name]; ok {
			return name, true
		}
	}
	w := m.fold.words(name)
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	if len(w) == 0 {
		return "", false
	}
	if o := m.trie.find(strings.Join(w, "")); o >= 0 {
		for _, c := range m.outs[o].cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Country && e.Country != "" {
				return e.Country, true
			}
		}
	}
	return "", false
}
