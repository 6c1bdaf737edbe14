#pragma once

#include <QDialog>

class EngineApi;
class HistoryModel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Past jobs: outcome, duration and figures; filter by any text (IMEI, model,
// package); open one to see its steps and its transcript; resume one that a
// stopped FotaDesk left interrupted.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(EngineApi *engine, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QPushButton *resumeButton() const { return m_resume; }

public slots:
    void refresh();
    void openSelected();
    // Runs the selected interrupted job again on its module.
    void resumeSelected();

private:
    EngineApi *m_engine;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QPushButton *m_resume;
    qint64 m_wanted = 0; // the job the person asked to open
};
