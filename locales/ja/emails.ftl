## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = パスキーを設定する
email-help-contact = ご不明な点は、ヘルプデスク ({ $contact }) までお問い合わせください。
email-signoff = { $company } IT 部門

email-announcement-subject = 顔や指紋で { $company } にサインイン
email-announcement-intro = まもなく、パスワードを入力しなくても { $company } にサインインできるようになります。使うのは顔、指紋、またはスマートフォンの PIN だけです。
email-announcement-benefit = これをパスキーといいます。パスワードより速く、忘れることもなく、だまし取られる心配もありません。
email-announcement-action = 設定は 5 分ほどで終わります。仕事で使うスマートフォンまたはコンピューターでリンクを開くと、そのデバイス用の手順をガイドが表示します。

email-reminder-subject = リマインダー: { $company } のパスキーを設定してください (5 分)
email-reminder-intro = 1 週間前、{ $company } の皆さんにパスキーの設定をお願いしました。まだの方は、今がちょうどよいタイミングです。
email-reminder-benefit = パスキーがあれば顔、指紋、PIN でサインインでき、パスワードを覚えたり入力したりする必要はありません。
email-reminder-action = ガイドがお使いのデバイスを判別し、どこをタップするかを 1 つずつ案内します。うまくいかないときは、どうすればよいかも表示します。

email-final-subject = 最後のリマインダー: { $company } のパスキー
email-final-intro = { $company } のパスキー設定についての最後のリマインダーです。
email-final-benefit = まもなく、サインインにはパスキーを使うのがいちばんスムーズになります。今のうちに設定しておけば、あとで作業が中断されることはありません。
email-final-action = 所要時間は約 5 分です。リンクを開き、お使いのデバイス用の手順に従ってください。うまくいかないときは、ヘルプデスクがお手伝いします。

email-greeting = { $name } 様
email-deadline = { $deadline } までにパスキーを設定してください。
