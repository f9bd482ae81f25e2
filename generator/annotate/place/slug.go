package place

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// Slugs: the words of the entry's ASCII name (or folded name) joined by "-", without a leading
// Arabic article in a country where Arabic names are written with one ("anbar" for Al Anbar,
// "deir-ez-zor", "fasher" for El Fasher; not "el-salvador", "el-paso", "an-khe"). Entries sharing a slug are ranked: site-defined places, countries,
// continents, oceans, seas, gulfs and straits (wideFeatures), capitals and first-level seats,
// level-1 regions, other places by population, level-2 regions, other features; ties by id. The first keeps the plain slug; each other one takes the first free of
// slug-cc (when no other entry of the group has its country), slug-region / slug-district (for
// regions), slug-cc-<region slug>, slug-cc-<|id|>, then that with -2, -3... The rank depends
// only on the data and the site's custom places, so slugs are stable across builds.
//
// Reserved slugs: the site's place listing uses /places/page/N/, /places/by-count/ and
// /places/by-name/, so no place takes the plain slug "page", "by-count" or "by-name": every
// entry of such a group takes a suffixed slug as above ("page-us").
func (m *Matcher) makeSlugs() {
	m.slugs = make([]string, len(m.ents))
	groups := map[string][]int32{}
	for i, e := range m.ents {
		name := e.ASCII
		if name == "" || m.custom[i] {
			name = e.Name
		}
		base := slugify(m.fold, name, e.Country)
		if base == "" {
			base = "place"
		}
		groups[base] = append(groups[base], int32(i))
	}
	bases := make([]string, 0, len(groups))
	for b := range groups {
		bases = append(bases, b)
	}
	sort.Strings(bases)
	taken := make(map[string]bool, len(m.ents))
	for r := range reservedSlugs {
		taken[r] = true
	}
	for _, b := range bases {
		g := groups[b]
		sort.SliceStable(g, func(x, y int) bool {
			rx, ry := m.slugRank(g[x]), m.slugRank(g[y])
			if rx != ry {
				return rx < ry
			}
			px, py := m.ent(g[x]).Population, m.ent(g[y]).Population
			if px != py {
				return px > py
			}
			return m.ent(g[x]).ID < m.ent(g[y]).ID
		})
		if !reservedSlugs[b] {
			m.slugs[g[0]] = b
		}
		taken[b] = true
	}
	for _, b := range bases {
		g := groups[b]
		ccCount := map[string]int{}
		for _, i := range g {
			ccCount[m.ent(i).Country]++
		}
		rest := g[1:]
		if reservedSlugs[b] {
			rest = g
		}
		for _, i := range rest {
			e := m.ent(i)
			cc := strings.ToLower(e.Country)
			if cc == "" {
				cc = "xx"
			}
			var tries []string
			if ccCount[e.Country] == 1 {
				tries = append(tries, b+"-"+cc)
			}
			switch e.Kind {
			case gazetteer.Region1:
				tries = append(tries, b+"-region", b+"-"+cc+"-region")
			case gazetteer.Region2:
				tries = append(tries, b+"-district", b+"-"+cc+"-district")
			}
			if r := slugify(m.fold, e.Admin1, e.Country); r != "" {
				tries = append(tries, b+"-"+cc+"-"+r)
			}
			id := e.ID
			if id < 0 {
				id = -id
			}
			tries = append(tries, b+"-"+cc+"-"+strconv.FormatInt(id, 10))
			for _, s := range tries {
				if !taken[s] {
					m.slugs[i] = s
					taken[s] = true
					break
				}
			}
			for n := 2; m.slugs[i] == ""; n++ { // the same id twice (a region and a place)
				if s := tries[len(tries)-1] + "-" + strconv.Itoa(n); !taken[s] {
					m.slugs[i] = s
					taken[s] = true
				}
			}
		}
	}
}

// reservedSlugs are the listing pages' path segments under /places/ (see makeSlugs).
var reservedSlugs = map[string]bool{"page": true, "by-count": true, "by-name": true}

func (m *Matcher) slugRank(i int32) int {
	e := m.ent(i)
	switch {
	case m.custom[i]:
		return 0
	case e.Kind == gazetteer.Country:
		return 1
	case e.Kind == gazetteer.Feature && wideFeatures[e.FeatureCode]:
		return 2
	case e.Kind == gazetteer.Place && (e.FeatureCode == "PPLC" || e.FeatureCode == "PPLA"):
		return 3
	case e.Kind == gazetteer.Region1:
		return 4
	case e.Kind == gazetteer.Place:
		return 5
	case e.Kind == gazetteer.Region2:
		return 6
	}
	return 7
}

// wideFeatures are the feature codes of continents, oceans, seas, gulfs and straits: such a
// feature takes the plain slug before a region or town named after it (the Red Sea before
// Egypt's Red Sea governorate).
var wideFeatures = map[string]bool{"CONT": true, "OCN": true, "SEA": true, "GULF": true, "STRT": true}

func slugify(f *folder, s, country string) string {
	w := f.words(s)
	if len(w) > 1 && articles[w[0]] && arabicArticleCountries[country] {
		w = w[1:] // "Al Anbar" -> "anbar"; but "El Paso" -> "el-paso"
	}
	var b strings.Builder
	for _, x := range w {
		// keep ASCII letters and digits only
		var t strings.Builder
		for i := 0; i < len(x); i++ {
			if c := x[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				t.WriteByte(c)
			}
		}
		if t.Len() == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(t.String())
	}
	return b.String()
}

// arabicArticleCountries are the countries whose place names GeoNames writes with an Arabic
// article ("Al Anbar", "Ar Raqqah", "El Fasher"), and "" for features of no one country: a
// slug leaves the article out there; elsewhere a leading "El" or "An" is part of the name
// ("El Paso", "An Khe").
var arabicArticleCountries = map[string]bool{
	"AE": true, "BH": true, "DJ": true, "DZ": true, "EG": true, "EH": true, "ER": true, "IL": true,
	"IQ": true, "JO": true, "KM": true, "KW": true, "LB": true, "LY": true, "MA": true, "MR": true,
	"OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SO": true, "SY": true, "TD": true,
	"TN": true, "YE": true, "": true,
}
