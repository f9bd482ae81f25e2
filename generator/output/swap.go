package output

import (
	"errors"
	"io/fs"
	"os"
)

// swapByRenames moves dest aside and tmp into its place: two renames, so for an instant
// dest does not exist, but it is never half-written.
func swapByRenames(tmp, dest string) (string, error) {
	old := tmp + ".old"
	if err := os.Rename(dest, old); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", os.Rename(tmp, dest)
		}
		return "", err
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(old, dest)
		return "", err
	}
	return old, nil
}
