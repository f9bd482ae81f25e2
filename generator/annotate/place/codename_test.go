package place

import "testing"

// A name ending a run of capitalised words after "Operation", "Exercise" or "Task Force" is
// the code name's last word, not where the operation is.
func TestInsideCodename(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text string
		name string // the name's mentions, "" when none
		want string // the country of its first mention
	}{
		{"The cutter left Honolulu for Operation Blue Pacific with Palau.", "Pacific", ""},
		{"Troops trained in Poland during Exercise Northern Edge Alaska.", "Alaska", ""},
		{"Task Force Lone Star Texas guards the border near Laredo.", "Texas", ""},
		// a function word, a sentence's end or a command's head breaks the run
		{"Operation Freedom in Iraq began near Baghdad.", "Iraq", "IQ"},
		{"The cutter joined Operation Blue. Pacific islanders welcomed it in Suva.", "Pacific", ""},
		{"The cutter joined Operation Blue. Palau welcomed it.", "Palau", "PW"},
		{"The operation near Mosul in Iraq ended.", "Mosul", "IQ"},
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}
