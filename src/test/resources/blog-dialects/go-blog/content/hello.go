package main

import "fmt"

// START OMIT
func main() {
	fmt.Println("hello, gophers")
}
// END OMIT
