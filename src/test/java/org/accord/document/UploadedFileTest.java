package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.accord.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An uploaded file is believed by its bytes, not by the type it was sent as, and keeps a clean name. */
class UploadedFileTest {

  @Test
  void shouldRefuseAnExecutableSentAsAPdf() {
    // given the first bytes of a Windows executable
    byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    // then it is no PDF, whatever the client says
    assertThatThrownBy(() -> VersionContent.file("report.pdf", "application/pdf", executable))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The file's content is not application/pdf: its bytes do not match the type it was sent as.");
  }

  @Test
  void shouldTakeFilesWhoseBytesMatchTheirType() {
    assertThat(VersionContent.file("a.pdf", "application/pdf", ascii("%PDF-1.7\n%%EOF")).mediaType())
        .isEqualTo("application/pdf");
    assertThat(VersionContent.file("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        new byte[] {'P', 'K', 3, 4, 20, 0}).mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(VersionContent.file("a.odt", "application/vnd.oasis.opendocument.text", new byte[] {'P', 'K', 3, 4})
        .mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(VersionContent.file("a.txt", "text/plain", "Пункт 1.\r\n\tТекст".getBytes(StandardCharsets.UTF_8))
        .mediaType()).isEqualTo(VersionContent.TEXT);
  }

  @Test
  void shouldRefuseAZipSentAsAPdfAndBinarySentAsText() {
    assertThatThrownBy(() -> VersionContent.file("a.pdf", "application/pdf", new byte[] {'P', 'K', 3, 4}))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> VersionContent.file("a.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ascii("%PDF-1.4")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> VersionContent.file("a.txt", "text/plain", new byte[] {'a', 0, 'b'}))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> VersionContent.file("a.txt", "text/plain", new byte[] {'a', (byte) 0xC3, '('}))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldKeepOnlyTheLastSegmentOfAFileNameWithoutControlCharacters() {
    assertThat(VersionContent.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(VersionContent.cleanFileName("C:\\Users\\kz\\paper.pdf")).isEqualTo("paper.pdf");
    assertThat(VersionContent.cleanFileName("pa\u0000per\r\n\".pdf")).isEqualTo("paper.pdf");
    assertThat(VersionContent.cleanFileName("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
    assertThat(VersionContent.cleanFileName("../..")).isNull();
    assertThat(VersionContent.cleanFileName("dir/")).isNull();
    assertThat(VersionContent.cleanFileName(null)).isNull();
    assertThat(VersionContent.file("../../etc/passwd", "text/plain", ascii("root")).fileName()).isEqualTo("passwd");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
