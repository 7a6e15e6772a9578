package main

import "io"

func runSeek(args []string, stdout, stderr io.Writer) error {
	return usageError("seek is not built yet")
}
