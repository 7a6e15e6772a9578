package main

import "io"

func runDiff(args []string, stdout, stderr io.Writer) error {
	return usageError("diff is not built yet")
}
