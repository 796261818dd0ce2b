#include "ranking/rankingpanel.h"

#include "maps/chartfigure.h"
#include "project/project.h"
#include "ranking/rankingstore.h"
#include "ranking/relevanceranker.h"
#include "ranking/retrainingranker.h"
#include "screening/screeningview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace evimap::ui {

namespace {

// A count axis from 0 to at least `top`, its ticks at a whole, round step (1, 2, 5, 10...).
void setCountRange(QValueAxis *axis, double top)
{
    const double step = std::max(1.0, ChartFigure::tickStep(top));
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step) * step);
}

} // namespace

struct RankingPanel::Outcome
{
    bool ok = false;
    bool notEnough = false; // no include or no exclude yet
    QString error;
    QHash<qint64, double> scores;
    StoppingAid aid;
    std::vector<qint8> history;
    QString model;
    int trainedOn = 0;
    qint64 milliseconds = 0;
    bool logged = false;
};

RankingPanel::RankingPanel(Project &project, qint64 reviewerId, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_ranker(std::make_shared<RetrainingRanker>())
    , m_status(new QLabel(this))
    , m_found(new QLabel(this))
    , m_stopping(new QLabel(this))
    , m_retrain(new QPushButton(tr("Retrain now"), this))
    , m_mostRelevantFirst(new QPushButton(tr("Screen most relevant first"), this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_includes(new QLineSeries)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
{
    setObjectName(QStringLiteral("rankingPanel"));
    m_status->setObjectName(QStringLiteral("rankingStatus"));
    m_found->setObjectName(QStringLiteral("rankingFound"));
    m_stopping->setObjectName(QStringLiteral("rankingStopping"));
    for (QLabel *label : {m_status, m_found, m_stopping}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_includes->setName(tr("Relevant found"));
    m_chart->addSeries(m_includes);
    m_axisX->setTitleText(tr("Records screened"));
    m_axisY->setTitleText(tr("Relevant found"));
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_includes->attachAxis(m_axisX);
    m_includes->attachAxis(m_axisY);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Includes against records screened"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(260, 200);
    m_chartView->setObjectName(QStringLiteral("rankingChart"));
    m_chartView->setAccessibleName(m_chart->title());
    // Counts: ticks at whole numbers, from 0 (a tick count would put them at 1.25, 2.5...).
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_found);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_stopping);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mostRelevantFirst);
    buttons->addStretch(1);
    buttons->addWidget(m_retrain);
    layout->addLayout(buttons);
    m_mostRelevantFirst->setObjectName(QStringLiteral("mostRelevantFirst"));
    m_mostRelevantFirst->setToolTip(
        tr("Show the undecided records in the order of the ranking, the most likely relevant "
           "first (the screening window's order box, “Most relevant first”)."));
    m_mostRelevantFirst->setEnabled(false); // until there is a ranking
    // Reached by Tab; a click leaves the keyboard with the record being screened.
    m_mostRelevantFirst->setFocusPolicy(Qt::TabFocus);
    m_retrain->setFocusPolicy(Qt::TabFocus);
    m_status->setText(tr("Not trained yet."));
    m_stopping->setText(tr("The stopping aid appears once the ranking has been trained."));

    connect(m_retrain, &QPushButton::clicked, this, &RankingPanel::refresh);
    connect(m_mostRelevantFirst, &QPushButton::clicked, this,
            &RankingPanel::mostRelevantFirstRequested);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &RankingPanel::showOutcome);
}

RankingPanel::~RankingPanel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

bool RankingPanel::isTraining() const
{
    return m_watcher.isRunning();
}

QString RankingPanel::statusText() const
{
    return m_status->text();
}

QString RankingPanel::stoppingText() const
{
    return m_stopping->text();
}

void RankingPanel::noteDecision()
{
    if (++m_decisionsSinceTraining >= m_retrainEvery)
        refresh();
}

void RankingPanel::refresh()
{
    if (isTraining()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_decisionsSinceTraining = 0;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_status->setText(tr("Training the ranking in the background…"));
    m_retrain->setEnabled(false);
    const QString path = m_project.filePath();
    const bool readOnly = m_project.isReadOnly();
    const qint64 reviewerId = m_reviewerId;
    auto cancelled = m_cancelled;
    auto ranker = m_ranker;
    m_watcher.setFuture(QtConcurrent::run([path, readOnly, reviewerId, cancelled, ranker] {
        auto outcome = std::make_shared<Outcome>();
        QElapsedTimer timer;
        timer.start();
        // QtSql connections belong to one thread: the worker opens its own.
        Result<std::unique_ptr<Project>> project =
            Project::open(path, readOnly ? Project::Access::ReadOnly : Project::Access::ReadWrite);
        if (!project) {
            outcome->error = project.errorString();
            return outcome;
        }
        RankingStore store(*project.value());
        const RankingSettings settings = store.settings();
        Result<RankingData> loaded = store.load(reviewerId);
        if (!loaded) {
            outcome->error = loaded.errorString();
            return outcome;
        }
        outcome->history = loaded->history;
        Result<Ranking> ranking =
            ranker->rank(loaded->texts, loaded->labels, settings, cancelled.get());
        const int unscreened =
            int(std::count(loaded->labels.begin(), loaded->labels.end(), Label::Unscreened));
        outcome->aid = StoppingAid::fromDecisions(loaded->history, unscreened);
        if (!ranking) {
            outcome->notEnough = ranking.error().kind == Error::Kind::Usage;
            outcome->error = ranking.errorString();
            return outcome;
        }
        outcome->milliseconds = timer.elapsed();
        for (int i : std::as_const(ranking->order))
            outcome->scores.insert(loaded->ids.at(i), ranking->scores[i]);
        outcome->model = ranking->model;
        outcome->trainedOn = ranking->trainedOn;
        if (!project.value()->isReadOnly())
            outcome->logged = store
                                  .logTraining(ranking.value(), settings, reviewerId,
                                               outcome->milliseconds, reviewerId > 0)
                                  .ok();
        outcome->ok = true;
        return outcome;
    }));
}

void RankingPanel::showOutcome()
{
    m_retrain->setEnabled(true);
    const std::shared_ptr<Outcome> outcome =
        m_watcher.future().resultCount() > 0 ? m_watcher.future().result() : nullptr;
    if (!outcome) {
        m_status->setText(tr("Training was cancelled."));
    } else {
        // Where the reviewer stands, whether or not the model could be trained.
        const StoppingAid &aid = outcome->aid;
        m_found->setText(tr("Relevant found so far: %1 in %2 records screened (%3 not screened).")
                             .arg(aid.relevantFound)
                             .arg(aid.screened)
                             .arg(aid.unscreened));
        QList<QPointF> points{{0, 0}};
        int found = 0;
        for (std::size_t i = 0; i < outcome->history.size(); ++i) {
            found += outcome->history[i] == 1 ? 1 : 0;
            points.append(QPointF(double(i + 1), found));
        }
        m_includes->replace(points);
        setCountRange(m_axisX, std::max<double>(10, double(outcome->history.size())));
        setCountRange(m_axisY, std::max<double>(5, found + 1));
        m_chartView->setAccessibleDescription(
            tr("%n relevant record(s) found", nullptr, found) + QStringLiteral(" ") +
            tr("in %n record(s) screened", nullptr, int(outcome->history.size())));
        m_stopping->setText(aid.screened > 0 ? aid.summary()
                                             : tr("Nothing screened yet: no stopping aid."));
        if (outcome->ok) {
            m_scores = outcome->scores;
            m_status->setText(
                tr("Ranked %1 unscreened records by predicted relevance at %2, learnt from %3 "
                   "decisions in %4 ms (%5).%6")
                    .arg(outcome->scores.size())
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")))
                    .arg(outcome->trainedOn)
                    .arg(outcome->milliseconds)
                    .arg(outcome->model)
                    .arg(outcome->logged ? QString()
                                         : tr(" The training was not written to the audit log "
                                              "(the project is read-only).")));
            m_mostRelevantFirst->setEnabled(true);
            emit rankingReady(m_scores);
        } else if (outcome->notEnough) {
            m_status->setText(tr("Not enough to learn from yet: the ranking starts once at least "
                                 "one record is included and one excluded at title/abstract."));
        } else {
            m_status->setText(tr("The ranking could not be trained: %1").arg(outcome->error));
        }
    }
    if (m_pending)
        refresh();
}

void RankingPanel::connectSession(ScreeningView *view)
{
    if (ScreeningSession *session = view->session())
        connect(session, &ScreeningSession::recordUpdated, this, &RankingPanel::noteDecision,
                Qt::UniqueConnection);
}

namespace {
// The screening view makes a new session when the stage changes; follow it.
class SessionWatcher final : public QObject
{
public:
    SessionWatcher(ScreeningView *view, std::function<void()> reconnect)
        : QObject(view)
        , m_reconnect(std::move(reconnect))
    {
        view->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded)
            QTimer::singleShot(0, this, m_reconnect);
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_reconnect;
};
} // namespace

RankingPanel *RankingPanel::attachTo(ScreeningView *view, Project &project, qint64 reviewerId)
{
    auto *panel = new RankingPanel(project, reviewerId, view);
    // In the screening window, beside the decision panel: never a window behind it.
    view->setSidePane(panel, tr("Prioritised screening"));
    connect(panel, &RankingPanel::rankingReady, view, &ScreeningView::setRelevanceScores);
    connect(panel, &RankingPanel::mostRelevantFirstRequested, view, [view] {
        view->setOrder(ScreeningSession::Order::Relevance);
        view->setFocus(); // the keyboard goes back to the record
    });
    panel->connectSession(view);
    QPointer<ScreeningView> guard(view);
    new SessionWatcher(view, [panel, guard] {
        if (guard)
            panel->connectSession(guard);
    });
    panel->refresh();
    return panel;
}

} // namespace evimap::ui
