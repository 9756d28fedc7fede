#include "report/html_text.hpp"

#include <gtest/gtest.h>

#include "report/report_words.hpp"

namespace polyfon::report {
namespace {

TEST(HtmlTextTest, EscapesMarkupInTextAndAttributes) {
  EXPECT_EQ(EscapeHtml(R"(<b a="1">Tom & 'Jerry'</b>)"), "&lt;b a=&quot;1&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;");
}

TEST(HtmlTextTest, AnInlinedScriptCannotEndOrCommentItsElement) {
  const std::string escaped = EscapeScript(R"({"name":"</script><script>alert(1)</SCRIPT><!--","re":"/</g"})");
  EXPECT_EQ(escaped.find("</script"), std::string::npos);
  EXPECT_EQ(escaped.find("</SCRIPT"), std::string::npos);
  EXPECT_EQ(escaped.find("<!--"), std::string::npos);
  EXPECT_EQ(escaped, R"({"name":"<\/script><script>alert(1)<\/SCRIPT>\u003C!--","re":"/</g"})");
}

TEST(ReportWordsTest, NumbersAsEachLanguageWritesThem) {
  EXPECT_EQ(FormatNumber(1106295, 0, "nn"), "1\u00a0106\u00a0295");
  EXPECT_EQ(FormatNumber(41.2187, 1, "nb"), "41,2");
  EXPECT_EQ(FormatNumber(1106295.5, 1, "en"), "1,106,295.5");
  EXPECT_EQ(FormatNumber(-3.25, 1, "nn"), "−3,2");  // an exact half rounds to even, as printf does
  EXPECT_EQ(FormatNumber(-0.01, 1, "en"), "0.0");
  EXPECT_EQ(FormatNumber(456, 0, "en"), "456");
}

TEST(ReportWordsTest, TermsFallBackToTheValue) {
  EXPECT_EQ(Term("penetration", "nn"), "utbreiing (Proctor)");
  EXPECT_EQ(Term("conference", "en"), "conference");
  EXPECT_EQ(Term("something_new", "nb"), "something_new");
  EXPECT_EQ(WordsFor("sv"), nullptr);
}

}  // namespace
}  // namespace polyfon::report
