package place

import "testing"

// A town right after an air force's station prefix ("RAF Lakenheath") is a place, as one
// before "Air Base" is, even a village in a text about another country.
func TestInstallationPrefix(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Typhoons flew from RAF Lossiemouth to Muwaffaq Salti Air Base in Jordan, then to Erbil and Baghdad.",
			[]want{{"Lossiemouth", "GB", "city", 2643587}, {"Muwaffaq Salti Air Base", "JO", "feature", 0}, {"Jordan", "JO", "country", 0},
				{"Erbil", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}}},
		// negative: the same name as a surname after a rank is no place
		{"Col. Amy Lossiemouth met officials in Erbil and Baghdad.",
			[]want{{"Erbil", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}

// ... and so it is in a briefing whose context countries are others: a town named with its
// installation needs no more support than a larger place. Named alone, a small town abroad
// still needs support.
func TestInstallationTownInContext(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"F-16s flew from Gioia del Colle Air Base and RAF Lossiemouth over Estonia.", us,
			[]want{{"Gioia del Colle", "IT", "city", 3176090}, {"Lossiemouth", "GB", "city", 2643587}, {"Estonia", "EE", "country", 0}}},
		// the bases by their curated names
		{"F-16s flew from Aviano Air Base and RAF Lakenheath over Estonia.", us,
			[]want{{"Aviano Air Base", "IT", "feature", -521}, {"RAF Lakenheath", "GB", "feature", -522}, {"Estonia", "EE", "country", 0}}},
		// (bare "Aviano" is the air base by its curated short name, as "Ramstein" is)
		{"F-16s flew from Aviano and Lakenheath over Estonia.", us,
			[]want{{"Aviano", "IT", "feature", -521}, {"Estonia", "EE", "country", 0}}},
	})
}
