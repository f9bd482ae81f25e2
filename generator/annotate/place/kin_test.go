package place

import "testing"

// A name after a possessive and a noun of kin is a person's.
func TestKinName(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"Lance Corporal Hill, born in Leeds, leaves behind his mother Jackie, his father Derek and his sister Chelsea.", "Chelsea", ""},
		{"He said his wife, Florence, had moved to Leeds.", "Florence", ""},
		{"The sergeant's wife, Georgia, lives in Leeds.", "Georgia", ""},
		// a country's name as a given name stays the country elsewhere
		{"Troops patrolled the border with Jordan; her daughter Jordan stayed in Leeds.", "Jordan", "JO"},
		// no possessive, or no noun of kin: a place
		{"The battalion visited its sister regiment in Chelsea and then Leeds.", "Chelsea", "GB"},
		{"His father moved to Florence, Italy, in 1990.", "Florence", "IT"},
		{"His battalion left Preston for Catterick.", "Preston", "GB"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}

// A one-word name after a rank and a given name is a surname.
func TestSurnameAfterRank(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"Lt. Cmdr. Victoria Chen, a nurse from Houston, treated children in Da Nang.", "Chen", ""},
		{"Col. Victoria Jordan visited Amman, Jordan, on Monday.", "Jordan", "JO"},
		// a place after a rank and a place is no surname
		{"Marines of Gen. Smith's division reached Baghdad.", "Baghdad", "IQ"},
		{"The Lt. Governor visited Leeds and then York.", "York", "GB"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
