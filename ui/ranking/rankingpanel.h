#pragma once

#include "ranking/stoppingaid.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;

namespace evimap {
class Project;
class RetrainingRanker;
} // namespace evimap

namespace evimap::ui {

class ScreeningView;

// Prioritised screening at a glance: relevant records found so far, a chart of includes
// against records screened, and the stopping aid, with its estimates stated as estimates.
//
// refresh() retrains off the GUI thread (QtConcurrent; the worker opens its own connection to
// the project file), writes the training to the audit log, and emits rankingReady() with a
// score per unscreened record. It learns from the settled title/abstract results and, with a
// reviewer, from that reviewer's own decisions on records not settled yet: never from another
// reviewer's unsettled vote, so its order cannot reveal how others voted. The TF-IDF
// rows and the last model are kept between trainings, so retraining after a few decisions
// neither vectorises again nor starts the fit from zero.
class RankingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RankingPanel(Project &project, qint64 reviewerId = 0, QWidget *parent = nullptr);
    ~RankingPanel() override;

    // Retrains now in the background; a refresh asked for while one runs follows it.
    void refresh();
    // Counts a decision; retrains after every `retrainEvery()` of them.
    void noteDecision();
    int retrainEvery() const { return m_retrainEvery; }
    void setRetrainEvery(int decisions) { m_retrainEvery = qMax(1, decisions); }

    bool isTraining() const;
    QHash<qint64, double> scores() const { return m_scores; }
    QString statusText() const;
    QString stoppingText() const;
    QLineSeries *includesSeries() const { return m_includes; }

    // Shows a panel beside a screening view, as the view's side pane, and keeps the view's
    // "Most relevant first" order following the ranking: retrains after every few decisions in
    // the view and hands it the new scores.
    static RankingPanel *attachTo(ScreeningView *view, Project &project, qint64 reviewerId);

signals:
    void rankingReady(const QHash<qint64, double> &scores);
    // The reviewer asked to screen in the ranking's order (the view opens in its own order,
    // random by default, so the ranking never reorders a queue unasked).
    void mostRelevantFirstRequested();

private:
    struct Outcome;
    void showOutcome();
    void connectSession(ScreeningView *view);

    Project &m_project;
    qint64 m_reviewerId;
    int m_retrainEvery = 5;
    int m_decisionsSinceTraining = 0;
    bool m_pending = false;
    QHash<qint64, double> m_scores;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    // Kept between trainings (features, last model); used by one training at a time.
    std::shared_ptr<RetrainingRanker> m_ranker;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;

    QLabel *m_status;
    QLabel *m_found;
    QLabel *m_stopping;
    QPushButton *m_retrain;
    QPushButton *m_mostRelevantFirst;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_includes;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace evimap::ui
