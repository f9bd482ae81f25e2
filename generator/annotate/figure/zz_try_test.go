package figure

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZTry(t *testing.T) {
	b, _ := os.ReadFile("/tmp/s/fcases.txt")
	for _, c := range strings.Split(string(b), "\n---\n") {
		fmt.Printf("== %q\n", c)
		for _, f := range Find(c) {
			fmt.Printf("   %q %s\n", c[f.Start:f.End], f.Normalised())
		}
	}
}
