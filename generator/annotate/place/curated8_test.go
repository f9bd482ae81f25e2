package place

import "testing"

// Ports, crossings, settlements and a former naval station of relief, evacuation and interdiction
// operations that GeoNames lacks (curated.tsv).
func TestCuratedRelief(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Ships waited off Balboa and Cristóbal to enter the canal from Colón.",
			[]want{{"Balboa", "PA", "feature", -213}, {"Cristóbal", "PA", "feature", -214}, {"Colón", "PA", "city", 0}}},
		{"Supply flights stage through Kangerlussuaq before Nuuk.",
			[]want{{"Kangerlussuaq", "GL", "feature", -215}, {"Nuuk", "GL", "city", 0}}},
		{"Marines guarded the embassy in Tabarre, outside Port-au-Prince.",
			[]want{{"Tabarre", "HT", "feature", -216}, {"Port-au-Prince", "HT", "city", 0}}},
		{"Trucks crossed at Kerem Shalom and Rafah.",
			[]want{{"Kerem Shalom", "IL", "feature", -217}, {"Rafah", "PS", "city", 0}}},
		{"Patrol aircraft flew from Roosevelt Roads and boats sailed toward St. Vincent and Grenada.",
			[]want{{"Roosevelt Roads", "PR", "feature", -218}, {"St. Vincent", "VC", "feature", -219}, {"Grenada", "GD", "country", 0}}},
		// negatives: the country by its full name; a Colombian town stays so beside Colombia
		{"Ferries link Saint Vincent and the Grenadines with Barbados.",
			[]want{{"Saint Vincent and the Grenadines", "VC", "country", 0}, {"Barbados", "BB", "country", 0}}},
		{"Soldiers patrolled Balboa in Cauca, Colombia.",
			[]want{{"Balboa", "CO", "city", 0}, {"Cauca", "CO", "region1", 0}, {"Colombia", "CO", "country", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
