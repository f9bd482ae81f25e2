package place

import "testing"

// A common word before "of", "the" and a capitalised word names no place ("the Battle of the
// Bulge" is no Battle, England), while the town stays elsewhere.
func TestCommonWordOfThe(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"Veterans in Bastogne and London recalled the Battle of the Bulge in Britain.", "Battle", ""},
		{"Wreaths were laid in Hastings, England, for the Battle of the Somme.", "Battle", ""},
		// a place of that name, not before "of the" and a capital, stays
		{"The march went from Hastings to Battle, in East Sussex, England.", "Battle", "GB"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
