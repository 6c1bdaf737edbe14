#include "logpanel.h"

#include "logfiltermodel.h"
#include "logmodel.h"
#include "logview.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterModel(this))
    , m_view(new LogView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_follow(new QToolButton(this))
    , m_openTranscript(new QToolButton(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    using K = Traffic::Kind;
    bar->addWidget(addKindButton(tr("Commands"), {K::Command, K::Echo}));
    bar->addWidget(addKindButton(tr("Responses"), {K::Response, K::Final, K::Prompt}));
    bar->addWidget(addKindButton(tr("URCs"), {K::Urc, K::Unsolicited}));
    bar->addWidget(addKindButton(tr("FotaDesk notes"), {K::Note}));
    bar->addWidget(addKindButton(tr("Noise"), {K::Noise}));
    // A package going over the line is two lines a block (hundreds a minute)
    // that would push the URCs out of view; the notes say how far it got, and
    // the transcript keeps every byte.
    QToolButton *data = addKindButton(tr("Transfer data"), {K::RawOut, K::RawIn});
    data->setToolTip(tr("The bytes of package transfers (XMODEM blocks, flash writes), hidden unless asked "
                        "for; the transcript always has them"));
    data->setChecked(false);
    bar->addWidget(data);
    bar->addSpacing(12);

    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the log"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_count->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_follow, &QToolButton::clicked, m_view, &LogView::setFollowingTail);
    connect(m_view, &LogView::followingTailChanged, m_follow, &QToolButton::setChecked);
    bar->addWidget(m_follow);

    m_openTranscript->setText(tr("Open transcript"));
    m_openTranscript->setToolTip(tr("The module's full log on disk, every line since FotaDesk first saw it"));
    m_openTranscript->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openTranscript->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_openTranscript, &QToolButton::clicked, this, [this] {
        emit transcriptRequested(m_transcriptPath);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_transcriptPath));
    });
    bar->addWidget(m_openTranscript);

    m_filter->setSourceModel(nullptr);
    m_view->setModel(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setLog(nullptr, {});
}

QToolButton *LogPanel::addKindButton(const QString &text, const QList<Traffic::Kind> &kinds)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(false);
    connect(button, &QToolButton::toggled, this, [this, kinds](bool on) {
        m_filter->setKindsVisible(kinds, on);
        updateCount();
    });
    m_kindButtons.append({kinds, button});
    return button;
}

QToolButton *LogPanel::kindButton(Traffic::Kind kind) const
{
    for (const auto &[kinds, button] : m_kindButtons) {
        if (kinds.contains(kind))
            return button;
    }
    return nullptr;
}

void LogPanel::setLog(LogModel *log, const QString &transcriptPath)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    const bool hadColumns = m_filter->columnCount() > 0;
    m_filter->setSourceModel(log);
    if (!hadColumns) // keep widths the person set by hand
        m_view->fitColumns();
    if (log)
        connect(log, &LogModel::flushed, this, &LogPanel::updateCount);
    // A different module: start at its newest line.
    m_view->setFollowingTail(true);
    setTranscriptPath(transcriptPath);
    updateCount();
}

void LogPanel::setTranscriptPath(const QString &path)
{
    m_transcriptPath = path;
    m_openTranscript->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
    m_openTranscript->setToolTip(path.isEmpty()
                                     ? tr("No transcript yet")
                                     : tr("The module's full log on disk: %1").arg(path));
}

void LogPanel::updateCount()
{
    const QLocale locale;
    if (!m_log) {
        m_count->clear();
        return;
    }
    const int shown = m_filter->rowCount();
    const int held = m_log->rowCount();
    const QString text = shown != held
                             ? tr("%1 of %2 lines").arg(locale.toString(shown), locale.toString(held))
                             : tr("%1 lines").arg(locale.toString(held));
    if (m_log->trimmedLines() > 0)
        m_count->setToolTip(tr("%1 older lines are only in the transcript")
                                .arg(locale.toString(m_log->trimmedLines())));
    else
        m_count->setToolTip({});
    m_count->setText(text);
}
