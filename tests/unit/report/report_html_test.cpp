#include "report/report_html.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "app/load_demo.hpp"
#include "app/report_snapshot.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::report {
namespace {

class ReportHtmlTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(app::LoadDemo(*store_, "2026-01-01T00:00:00Z").has_value()); }

  std::string Snapshot(int year = 2018) {
    app::ReportRequest request;
    request.year = year;
    request.taken_at = "2026-12-01T12:00:00Z";
    auto snapshot = app::TakeReportSnapshot(*store_, request);
    EXPECT_TRUE(snapshot.has_value()) << snapshot.error().message();
    return snapshot.has_value() ? *snapshot : "";
  }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(ReportHtmlTest, TheSameSnapshotGivesTheSameBytesInEachLanguage) {
  const std::string snapshot = Snapshot();
  EXPECT_EQ(snapshot, Snapshot());  // the data unchanged: the same snapshot
  for (const char* language : {"nn", "nb", "en"}) {
    auto first = RenderReportHtml(snapshot, language);
    auto second = RenderReportHtml(snapshot, language);
    ASSERT_TRUE(first.has_value()) << first.error().message();
    EXPECT_EQ(*first, *second) << language;
    EXPECT_NE(first->find("<html lang=\"" + std::string(language) + "\">"), std::string::npos);
    EXPECT_NE(first->find(*app::SnapshotHash(snapshot)), std::string::npos);
  }
  EXPECT_NE(RenderReportHtml(snapshot, "en")->find("<h1>Annual report 2018</h1>"), std::string::npos);
}

TEST_F(ReportHtmlTest, TextFromTheRegistryCannotInjectMarkupOrScript) {
  auto writer = store_->BeginWrite();
  ASSERT_TRUE(writer.has_value());
  core::Activity activity;
  activity.code = "evil";
  activity.kind = core::ActivityKind::kWebinar;
  activity.title = "<img src=x onerror=alert(1)></script><script>alert(2)</script>";
  activity.date = {2018, 5, 1};
  ASSERT_TRUE((*writer)->PutActivity(activity).has_value());
  core::Goal goal;
  goal.code = "9";
  goal.parent = "main";
  goal.title.nn = "Mål </script><!-- x";
  core::GoalIndicator indicator;
  indicator.measure.kind = core::MeasureKind::kActivities;
  indicator.label.nn = "<b>label</b>";
  goal.indicators.push_back(indicator);
  ASSERT_TRUE((*writer)->PutGoal(goal).has_value());
  ASSERT_TRUE((*writer)->Commit().ok());

  auto html = RenderReportHtml(Snapshot(), "nn");
  ASSERT_TRUE(html.has_value());
  EXPECT_EQ(html->find("<img src=x"), std::string::npos);
  EXPECT_EQ(html->find("<b>label</b>"), std::string::npos);
  EXPECT_NE(html->find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  // Inside the charts' JSON the label is escaped for a script element: no early end, no comment.
  EXPECT_EQ(html->find("</script><script>alert(2)"), std::string::npos);
  EXPECT_EQ(html->find("<!-- x"), std::string::npos);
}

TEST_F(ReportHtmlTest, RefusesWhatIsNoSnapshotAndUnknownLanguages) {
  EXPECT_EQ(RenderReportHtml("[1, 2]", "nn").error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(RenderReportHtml(R"({"schema":"polyfon.report-snapshot/1"})", "nn").error().code(),
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(RenderReportHtml(Snapshot(), "sv").error().code(), core::ErrorCode::kInvalidArgument);
  app::ReportRequest too_early;
  too_early.year = 2010;
  too_early.taken_at = "2026-12-01T12:00:00Z";
  EXPECT_FALSE(app::TakeReportSnapshot(*store_, too_early).has_value());
}

}  // namespace
}  // namespace polyfon::report
