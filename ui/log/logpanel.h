#pragma once

#include "at/traffic.h"

#include <QPointer>
#include <QWidget>

class LogFilterModel;
class LogModel;
class LogView;
class QLabel;
class QLineEdit;
class QToolButton;

// A module's live log with its controls: which kinds to show, a search, the
// line count, whether it follows the tail, and the transcript on disk.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);

    // `log` may be nullptr (no module selected). The panel does not own it.
    void setLog(LogModel *log, const QString &transcriptPath);
    void setTranscriptPath(const QString &path);

    LogView *view() const { return m_view; }
    LogFilterModel *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *kindButton(Traffic::Kind kind) const;
    QToolButton *transcriptButton() const { return m_openTranscript; }

signals:
    void transcriptRequested(const QString &path);

private:
    QToolButton *addKindButton(const QString &text, const QList<Traffic::Kind> &kinds);
    void updateCount();

    QPointer<LogModel> m_log;
    LogFilterModel *m_filter;
    LogView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QToolButton *m_follow;
    QToolButton *m_openTranscript;
    QList<QPair<QList<Traffic::Kind>, QToolButton *>> m_kindButtons;
    QString m_transcriptPath;
};
