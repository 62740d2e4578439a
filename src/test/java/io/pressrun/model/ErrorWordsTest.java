package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorWordsTest {
    @Test
    void fileSystemFailuresAreNamedInWords() {
        assertEquals("no such file or folder", ErrorWords.reason(new NoSuchFileException("/x")));
        assertEquals("permission denied", ErrorWords.reason(new AccessDeniedException("/x")));
        assertEquals("a file of that name is in the way", ErrorWords.reason(new FileAlreadyExistsException("/x")));
        assertEquals("not a folder", ErrorWords.reason(new NotDirectoryException("/x")));
        assertEquals("the folder is not empty", ErrorWords.reason(new DirectoryNotEmptyException("/x")));
        assertEquals("the folders form a loop of links", ErrorWords.reason(new FileSystemLoopException("/x")));
    }

    @Test
    void otherwiseTheReasonOrTheMessageIsUsed() {
        assertEquals("disk Full", ErrorWords.reason(new FileSystemException("/a", null, " Disk Full ")),
                "the file system's reason, starting in lower case");
        assertEquals("/a", ErrorWords.reason(new FileSystemException("/a")), "no reason: the message");
        assertEquals("/a:", ErrorWords.reason(new FileSystemException("/a", null, "  ")), "a blank reason: the message");
        assertEquals("Broken pipe", ErrorWords.reason(new IOException("java.io.IOException: Broken \n pipe")));
        assertEquals("input/output error", ErrorWords.reason(new IOException((String) null)));
        assertEquals("input/output error", ErrorWords.reason(new IOException(" ")));
    }

    @Test
    void theFilesComeFirstWhenTheFailureNamesThem() {
        assertEquals("/out: permission denied", ErrorWords.of(new AccessDeniedException("/out")));
        assertEquals("/a -> /b: busy", ErrorWords.of(new FileSystemException("/a", "/b", "Busy")));
        assertEquals("busy", ErrorWords.of(new FileSystemException(null, null, "Busy")));
        assertEquals("no file here", ErrorWords.of(new IOException("no file here")));
    }

    @Test
    void messagesLoseClassNamesAndStayShort() {
        assertEquals("", ErrorWords.clean(null));
        assertEquals("Failed: /x (out of memory)",
                ErrorWords.clean("Failed: java.nio.file.NoSuchFileException: /x (OutOfMemoryError out of memory)"));
        String exactly = "a".repeat(300);
        assertEquals(exactly, ErrorWords.clean(exactly));
        String longer = ErrorWords.clean("b".repeat(301));
        assertEquals(300, longer.length());
        assertEquals("b".repeat(297) + "...", longer);
    }
}
