//go:build linux

package output

import (
	"os"

	"golang.org/x/sys/unix"
)

// fsTopDirFlag is FS_TOPDIR_FL of linux/fs.h.
const fsTopDirFlag = 0x00020000

// markTopDir sets the "top of a directory hierarchy" attribute (chattr +T, FS_TOPDIR_FL) on
// dir, where the file system has it (ext2, ext3, ext4), and does nothing where it has not.
//
// The attribute tells ext4's inode allocator that each folder made in dir starts a hierarchy
// of its own, to be placed in a block group with room, instead of beside its parent. It
// matters most on ext4 without a journal, which looks past every inode freed in the last
// minute (six while its inode table is not yet written back), from the start of the group,
// for each new file or folder: a new
// tree written where an old one was just deleted then costs each mkdir and create hundreds
// of microseconds of kernel time instead of tens (see the README's Performance section).
func markTopDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	flags, err := unix.IoctlGetUint32(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if err != nil {
		return err
	}
	if flags&fsTopDirFlag != 0 {
		return nil
	}
	return unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, int(flags|fsTopDirFlag))
}
