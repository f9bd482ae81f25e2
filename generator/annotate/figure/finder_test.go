package figure

import (
	"reflect"
	"testing"
)

// A Finder reused from text to text gives what Find gives for each text alone: the slice it
// keeps carries nothing from one call into the next, and no figure shares its memory.
func TestFinderReuse(t *testing.T) {
	texts := []string{
		"Partner forces cleared 1,083 square kilometers [about 418 square miles] and destroyed seven strikes' worth of 17 city blocks.",
		"Day 126: more than 80 percent of Raqqa.",
		"",
		"No figures here.",
		"Twelve HIMARS launchers and 3,000 troops moved 55 kilometers (34 miles) in 24 hours; $2.5 million was spent.",
	}
	var f Finder
	var kept [][]Figure
	for round := 0; round < 3; round++ {
		for i, text := range texts {
			got := f.AppendFind(nil, text)
			if want := Find(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, text %d: the reused Finder gave %+v, Find %+v", round, i, got, want)
			}
			kept = append(kept, got)
		}
	}
	// the figures returned earlier are unchanged by later calls
	for k, got := range kept {
		if want := Find(texts[k%len(texts)]); !reflect.DeepEqual(got, want) {
			t.Fatalf("result %d changed after later calls: %+v, want %+v", k, got, want)
		}
	}
	// AppendFind appends after what dst holds
	dst := f.AppendFind(nil, texts[0])
	n := len(dst)
	dst = f.AppendFind(dst, texts[1])
	if want := Find(texts[1]); !reflect.DeepEqual(dst[n:], want) {
		t.Fatalf("appended %+v, want %+v", dst[n:], want)
	}
}
