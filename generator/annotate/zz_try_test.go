package annotate_test

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestZZTryPlaces(t *testing.T) {
	f, err := os.Open("/tmp/s/pcases.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := sc.Text()
		out, _ := render(t, s)
		fmt.Printf("%q\n", s)
		for _, m := range placeRe.FindAllStringSubmatch(out, -1) {
			fmt.Printf("    [%s → %s %s]\n", m[3], m[2], m[1])
		}
		for _, m := range dataRe.FindAllStringSubmatch(out, -1) {
			fmt.Printf("    {%s → %s}\n", m[3], m[2])
		}
	}
}
