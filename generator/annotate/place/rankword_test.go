package place

import "testing"

// "Officer", "Seaman", "Airman" and "Trooper" are ranks: the names after them are a person's.
func TestEnlistedRanks(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"Petty Officer Victoria Madrid, of Athens, Tennessee, died at Naval Station Norfolk.", "Madrid", ""},
		{"Chief Warrant Officer Paris Hilton of Dallas retired.", "Paris", ""},
		{"Seaman Lyon Brown of Boston reported aboard.", "Lyon", ""},
		{"Senior Airman Florence Lee, of Tulsa, Oklahoma, deployed.", "Florence", ""},
		{"State Trooper Kent Houston stopped the car near Amarillo.", "Houston", ""},
		// a rank in lower case, or no name after it: the place stays
		{"The officer flew from Madrid to Rota, Spain.", "Madrid", "ES"},
		{"A police officer in London said the man was from Paris, France.", "Paris", "FR"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
