package place

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// The working memory a Matcher keeps from one resolve call for the next (Matcher.states,
// Matcher.votes) must leave nothing behind: documents resolved in a row, and from several
// goroutines at once, give what each gives first, when the memory is fresh.
func TestResolveReusesMemoryCleanly(t *testing.T) {
	m := testMatcher(t)
	docs := []struct {
		segments, countries []string
	}{
		{[]string{"Coalition strikes near Raqqa and Dayr Az Zawr destroyed 12 fighting positions.", "Kirkuk province stayed calm."}, []string{"IQ", "SY"}},
		{[]string{"Paris, Texas, and Athens, Georgia, held parades; London police closed a road."}, nil},
		{[]string{"Russian troops shelled Kharkiv and Sumy; drones hit the Crimean Bridge.", "Kyiv said Odesa was quiet."}, []string{"UA"}},
		{[]string{"Marines trained on Okinawa with troops from Darwin, Perth and Manila."}, nil},
		{[]string{"Gen. Austin met Brig. Gen. Turner in Baghdad."}, []string{"IQ"}},               // names of persons
		{[]string{"Flights left Austin and Turner for Baghdad and Erbil."}, []string{"IQ", "US"}}, // the same names as places
	}
	describe := func(ms []Mention) string {
		s := ""
		for _, x := range ms {
			s += fmt.Sprintf("%d-%d %q %d %s|", x.Start, x.End, x.Text, x.Place.ID, x.Place.Country)
		}
		return s
	}
	first := make([]string, len(docs))
	for i, d := range docs {
		first[i] = describe(m.Resolve(d.segments, d.countries))
		if first[i] == "" {
			t.Fatalf("document %d: no mentions", i)
		}
	}
	for round := 0; round < 3; round++ {
		for i := len(docs) - 1; i >= 0; i-- {
			if got := describe(m.Resolve(docs[i].segments, docs[i].countries)); got != first[i] {
				t.Fatalf("round %d, document %d: %s, first %s", round, i, got, first[i])
			}
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(docs))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				for i := range docs {
					j := (i + g) % len(docs)
					shown, hidden := m.ResolveWithHidden(docs[j].segments, docs[j].countries)
					if got := describe(shown); got != first[j] {
						errs <- fmt.Sprintf("goroutine %d, document %d: %s, first %s", g, j, got, first[j])
						return
					}
					_ = hidden
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if !reflect.DeepEqual(first[0], describe(m.Resolve(docs[0].segments, docs[0].countries))) {
		t.Error("document 0 changed after the concurrent calls")
	}
}
