package place

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUSRegister(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"City Manager Pat Lee told the council that downtown parking will be free.", true},
		{"Students from three elementary schools met the sheriff on Tuesday.", true},
		{"Tryouts are at the middle school. Call 952-555-0143 for details.", true},
		{"Tryouts are at the middle school. Call (952) 555-0143 for details.", true},
		{"The City Council approved the budget; law enforcement costs rose.", true},
		{"The City Council approved the budget on Monday.", false},             // a city council alone: Dublin has one
		{"Marines cleared 12 blocks of downtown Mosul.", false},                // one kind
		{"The contract is worth $2.5 million, Sen. Lee said at 4 p.m.", false}, // money, times and titles are no cue
		{"Grid 38SMB4488 and serial 123-456-78901 are not telephone numbers.", false},
	} {
		if got := usRegister([]string{c.text}); got != c.want {
			t.Errorf("usRegister(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestNANPNumber(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"call 952-873-6325.", true},
		{"call (860) 828-7080 today", true},
		{"952-873-6325", true},
		{"1952-873-6325", false},
		{"952-873-63251", false},
		{"12-873-6325", false},
		{"873-6325", false},
		{"H.R. 815-873", false},
	} {
		if got := nanpNumber(c.s); got != c.want {
			t.Errorf("nanpNumber(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A town named like a world city is the American one in American local news, unless the text
// names the United States itself or the name is a country's.
func TestUSLocalNews(t *testing.T) {
	m := testMatcher(t)
	for _, c := range []struct {
		text, name, want string
	}{
		{"In Athens, City Manager Pat Lee told the council that sales tax revenue fell.", "Athens", "US"},
		{"Pupils at two Dublin elementary schools start martial arts classes; the third-graders love it.", "Dublin", "US"},
		{"The city council of Dublin approved the plan on Monday.", "Dublin", "IE"}, // one kind of cue
		{"U.S. sailors helped law enforcement clear downtown Athens after the storm, the city council said.", "Athens", "GR"},
		{"Jordan middle school tryouts start Monday; call the sheriff's office at 952-555-0143.", "Jordan", "JO"},
	} {
		got := m.Resolve([]string{c.text}, nil)
		if cc := countryOf(got, c.name); cc != c.want {
			t.Errorf("%q in %q: %q, want %s (%+v)", c.name, c.text, cc, c.want, got)
		}
	}
}

// A country's name before a noun of forces or officials says who acts, not where.
func TestActorCountryGivesNoVote(t *testing.T) {
	checkCountries(t, []countryCase{
		{"U.S. sailors visited Athens this week, a U.S. Navy spokesman said.", "Athens", "GR"},
		{"U.S. forces flew supplies to Alexandria.", "Alexandria", "EG"},
		{"U.S. Marines trained near Bergen with Norwegian troops.", "Bergen", "NO"},
		{"Officials in the U.S. said the Athens plant would reopen.", "Athens", "US"}, // the U.S. as a place
		{"UK government officials confirmed cases in Suffolk and in the United Kingdom's east.", "Suffolk", "GB"},
	})
}

func TestAttributive(t *testing.T) {
	m := testMatcher(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"U.S. sailors arrived.", true},
		{"The U.S. Navy said so.", true},
		{"Troops left the U.S. on Monday.", false},
		{"They flew to the U.S. Embassy.", true},
		{"Aid went to U.S. citizens in Haiti.", true},
		{"The U.S. and Iraq agreed.", false},
		{"He served in U.S. forces.", false}, // after a preposition of place
	} {
		s := &scanner{m: m}
		s.tokenize(c.text)
		i := -1
		for t := range s.toks {
			if s.toks[t].start == strings.Index(c.text, "U.S.") {
				i = t
			}
		}
		if i < 0 {
			t.Fatalf("no token at U.S. in %q", c.text)
		}
		end := strings.Index(c.text, "U.S.") + len("U.S.")
		if got := s.attributive(i, end); got != c.want {
			t.Errorf("attributive(U.S.) in %q = %v, want %v", c.text, got, c.want)
		}
	}
}

// A mention of a country written before a noun of forces or officials is marked as an actor.
func TestMentionActor(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"U.S. forces struck ISIS near Manbij, Syria. The U.S. Navy said the sailors returned to the U.S. on Friday."}, nil)
	var actor, located int
	for _, g := range got {
		if g.Place.Country == "US" && g.Place.Kind == "country" {
			if g.Actor {
				actor++
			} else {
				located++
			}
		} else if g.Actor {
			t.Errorf("%q marked as an actor", g.Text)
		}
	}
	// ("The U.S. Navy" is an organisation's name: not shown, as "the US Navy" is not)
	if actor != 1 || located != 1 {
		t.Errorf("U.S. as actor %d times, as a place %d times; want 1 and 1 (%+v)", actor, located, got)
	}
}

// BenchmarkUSRegister reads the seed briefing, which has no cue, to the end.
func BenchmarkUSRegister(b *testing.B) {
	d, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "seed-briefing.txt"))
	if err != nil {
		b.Skip(err)
	}
	segs := strings.Split(string(d), "\n\n")
	b.SetBytes(int64(len(d)))
	for b.Loop() {
		if usRegister(segs) {
			b.Fatal("the seed briefing reads as American local news")
		}
	}
}

// Resolve notes the cues and the words in lower case from the scanner's tokens: they must
// be the cues usRegister finds in the words of the text, and every word lowerWord finds.
func TestNotedWords(t *testing.T) {
	m := testMatcher(t)
	texts := []string{
		"City Manager Pat Lee told the council that downtown parking will be free.",
		"Students from three elementary schools met the sheriff on Tuesday.",
		"the sheriff's deputies, the Sheriff’s office, 5sheriff, ésheriff, o'sheriff, SHERIFFS",
		"a third-grader, a x-grader, 3-grader, sixth-graders, the ß-grader and the é-grader",
		"city  manager, city\u00a0manager, city manager's, cityManager, Parks and Recreation",
		"Zoning2 law enforcement, county board; board of supervisors-county commissioner",
		"d'downtown l’township ‘township’ `township` \u0301township DOWNTOWN township\u0301",
		"Industry and industry, o'industry, industry's, 2industry, industry™, Mosul’s mosul",
	}
	if d, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "seed-briefing.txt")); err == nil {
		texts = append(texts, strings.Split(string(d), "\n\n")...)
	}
	for _, text := range texts {
		checkNotedWords(t, m, text)
	}
}

// checkNotedWords checks the words that noteWords notes of seg against usRegister's pass
// and lowerWord.
func checkNotedWords(t *testing.T, m *Matcher, seg string) {
	t.Helper()
	s := scanner{m: m}
	s.tokenize(seg)
	var got textWords
	s.noteWords(&got)
	var want registerSeen
	want.words(seg, 0, len(seg))
	if got.register != want {
		t.Fatalf("cues of the tokens of %q = %b, want %b", seg, got.register, want)
	}
	// a word lowerWord can find is a whole word of ASCII letters
	for i := 0; i < len(seg); {
		j := i
		for j < len(seg) && asciiLetter(seg[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := strings.ToLower(seg[i:j])
		if lowerWord([]string{seg}, w) && !got.mayBeLower(w) {
			t.Fatalf("%q is written in lower case in %q, but not noted", w, seg)
		}
		i = j
	}
}
