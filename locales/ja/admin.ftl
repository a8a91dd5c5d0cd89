## Admin frame

admin-product = Passkey Guide
admin-nav = テナント
admin-sign-out = サインアウト
admin-settings = 設定
admin-dashboard = ダッシュボード
admin-emails = メール
admin-tokens = トークンとリンク

## Sign-in

admin-sign-in-title = サインインしてガイドを管理
admin-email = メールアドレス
admin-password = パスワード
admin-sign-in = サインイン
admin-wrong-credentials = そのメールアドレスとパスワードに一致する管理者はいません。
admin-too-many-attempts = 失敗した試行が多すぎます。15 分待ってから、もう一度お試しください。
admin-sign-in-expired = このサインイン フォームは期限切れか、別のサイトから送信されました。ここでもう一度サインインしてください。

## Tenants

admin-tenants-title = 管理しているガイド
admin-open-guide = ガイドを開く
admin-create-tenant = 組織を追加
admin-slug = アドレス (スラッシュの後の部分)
admin-slug-hint = 2～40 文字の英小文字、数字、ハイフンで指定します (例:「contoso」)。
admin-name = 組織名
admin-create = 作成
admin-error-slug = このアドレスは使用できません。2～40 文字の英小文字、数字、ハイフンを使い、「admin」や「api」などの予約語は避けてください。
admin-error-slug-taken = このアドレスは別の組織がすでに使用しています。

## Settings

admin-settings-title = ブランドとポリシー
admin-saved = 保存しました。変更はすでにガイドに反映されています。
admin-color-adjusted = 選択した色 { $chosen } は明るすぎて文字やボタンが読みにくくなるため、ガイドでは WCAG AA を満たす最も近い色 { $used } を使用します。
admin-fix-errors = 修正が必要な値があります (下に表示しています)。何も保存されていません。
admin-read-only = これらの設定は表示できますが、変更はできません。
admin-branding = ブランド
admin-primary-color = ブランドカラー
admin-pick-color = ブランドカラーを選択
admin-color-hint = #RRGGBB の形式で指定します。文字に対して明るすぎる色は、WCAG AA を満たす最も近い色まで暗くなります。
admin-support = ヘルプデスクの連絡先
admin-support-email = ヘルプデスクのメールアドレス
admin-support-phone = ヘルプデスクの電話番号
admin-support-url = ヘルプデスクの Web ページ
admin-languages = 言語
admin-default-language = 既定の言語
admin-address = アドレス
admin-handoff-url = パスキーを登録するページ
admin-handoff-hint = Microsoft の「セキュリティ情報」ページのいずれか (https://aka.ms/mysecurityinfo など) を指定します。ほかのアドレスは使用できません。
admin-domain = 独自ドメイン (省略可)
admin-domain-hint = 例: passkeys.contoso.com。このサーバーを指すように設定すると、そのドメインの「/」でガイドが表示されます。
admin-policy = パスキーのポリシー
admin-policy-hint = Entra ID の「パスキー (FIDO2)」の設定に合わせてください。そうすれば、Entra が拒否するパスキーをガイドが勧めることはありません。
admin-policy-synced = デバイスにバインドされたパスキーに加え、同期されたパスキー (iCloud キーチェーン、Google パスワード マネージャー) も許可
admin-policy-device-bound = デバイスにバインドされたパスキーのみ (Microsoft Authenticator、セキュリティキー、Windows Hello)
admin-policy-synced-only = 同期されたパスキーのみ (iCloud キーチェーン、Google パスワード マネージャー)
admin-policy-attestation = 構成証明を強制
admin-policy-keys = キーの制限
admin-policy-keys-off = なし
admin-policy-keys-allow = 下の AAGUID のみ許可
admin-policy-keys-block = 下の AAGUID をブロック
admin-policy-aaguids = AAGUID
admin-policy-aaguids-hint = Entra のパスキー プロファイルと同じように、1 行に 1 つずつ入力します。Microsoft Authenticator の AAGUID は 90a3ccdf-635c-4729-a248-9b709135078f (iOS) と de1e552d-db1d-4423-a619-566b625cdc84 (Android) です。
admin-policy-aaguid-unnamed = 既知の AAGUID ではありません
admin-policy-windows-hello = Windows Hello の Microsoft Entra パスキーが有効
admin-policy-windows-hello-hint = Entra で Windows Hello の AAGUID を許可するパスキー プロファイル (構成証明の強制なし) を追加した後でのみオンにしてください。そうでない場合、Windows Hello への登録は失敗するため、ガイドは Windows ユーザーをスマートフォンまたはセキュリティ キーに案内します。
admin-save = 保存
admin-logo = ロゴ
admin-current-logo = 現在のロゴ
admin-logo-hint = PNG、JPEG、WebP 形式で、256 KB 以下、各辺 2048 ピクセル以下。SVG は使用できません。
admin-upload = アップロード
admin-remove-logo = ロゴを削除
admin-preview = プレビュー
admin-preview-note = 従業員に表示されるスタートページです。色の変更は選ぶとすぐここに反映され、その他の変更は保存後に反映されます。
admin-error-name = 1～80 文字の名前を入力してください。
admin-error-color = 色は #RRGGBB の形式で入力してください (例: #0F6CBD)。
admin-error-email = 有効なメールアドレスではありません。
admin-error-phone = 数字、スペース、+ - ( ) . のみを使用してください。
admin-error-support-url = https:// で始まるアドレスを使用してください。
admin-error-handoff = 使用できるのは Microsoft の「セキュリティ情報」ページ (https://aka.ms/mysecurityinfo など) のみです。
admin-error-domain = passkeys.contoso.com のようなホスト名を入力してください。
admin-error-domain-taken = このドメインは別の組織がすでに使用しています。
admin-error-domain-shared = そのホストはすべての組織のガイドをすでに提供しています (またはローカル名か IP アドレスです)。passkeys.contoso.com のような独自のホスト名を使用してください。
admin-error-domain-owner-only = ドメインを設定できるのは、すべての組織を管理する所有者だけです。
admin-error-languages = 言語を 1 つ以上選び、その中から既定の言語を選んでください。
admin-error-key-restriction = キーの制限は、「なし」、許可リスト、ブロック リストのいずれかを選んでください。
admin-error-aaguid = 各行に AAGUID を 1 つずつ入力してください (例: 90a3ccdf-635c-4729-a248-9b709135078f)。最大 500 個までです。
admin-error-allow-list-empty = AAGUID のない許可リストでは、だれもパスキーを登録できません。
admin-error-passkey-types = デバイスにバインドされたパスキー、同期されたパスキー、またはその両方を選んでください。
admin-error-logo-size = ロゴが 256 KB を超えています。
admin-error-logo-svg = SVG のロゴは使用できません。PNG、JPEG、WebP のいずれかをアップロードしてください。
admin-error-logo-type = このファイルは PNG、JPEG、WebP の画像ではないか、破損しています。
admin-error-logo-pixels = ロゴの辺が 2048 ピクセルを超えています。

## Emails

admin-emails-title = 展開用のメール
admin-emails-profiles = パスキー プロファイル
admin-emails-profiles-hint = Entra はグループごとにパスキー プロファイルを割り当てます。各グループには、そのプロファイルのメールを送ってください。メール内のリンクはそのプロファイル用のガイドを開きます。
admin-emails-intro = まずお知らせを送り、1 週間後にリマインダー、2 週間後に最終案内を送ってください。各メールのガイドへのリンクにはそれぞれ専用のタグが付いているため、どのメールから人が訪れたかをダッシュボードで確認できます。メールツールにコピーするか、下書きをダウンロードしてください。
admin-email-announcement = お知らせ
admin-email-reminder = リマインダー
admin-email-final = 最終案内
admin-email-day = { $day ->
    [0] 1 日目に送信
   *[other] { $day } 日目に送信
}
admin-email-subject = 件名
admin-email-text = テキスト
admin-email-html = HTML
admin-email-download = 下書きとしてダウンロード (.eml)
admin-copy = コピー

## Tokens

admin-tokens-title = トークンとリンク
admin-tokens-intro = 読み取り専用の API トークンを使うと、スクリプトからこのガイドのファネルとカバレッジを読み取れます。ダッシュボードリンクを使うと、アカウントなしで任意のブラウザーからこのダッシュボードを開けます（表示されるのは数値のみで、氏名は表示されません）。どちらもこの組織でのみ有効で、取り消すまで使えます。
admin-tokens-none = トークンやリンクはまだありません。
admin-token-once = このトークンを今すぐコピーしてください。表示されるのは 1 回だけです。
admin-token = 新しいトークン
admin-token-label = ラベル
admin-token-create = 作成
admin-token-live = 有効
admin-token-revoked = 取り消し済み
admin-revoke = 取り消す
admin-created = 作成日
admin-status = 状態
admin-actions = 操作

## Dashboard

admin-dashboard-title = 展開ダッシュボード
admin-from = 開始日
admin-to = 終了日
admin-device = デバイス
admin-flow = 手順ガイド
admin-language = 言語
admin-campaign = キャンペーン
admin-all = すべて
admin-apply = 適用
admin-funnel = ファネル
admin-funnel-alt = ファネルの各段階の人数を示す棒グラフ
admin-stage = 段階
admin-stage-visit = ガイドを開いた
admin-stage-step = 手順を開始した
admin-stage-handoff = Microsoft に移動した
admin-stage-done = 完了を確認した
admin-people = 人数
admin-of-visits = ガイドを開いた人に対する割合
admin-bots = { $count ->
   *[other] ボットやリンク スキャナーからの { $count } 件のリクエストを除外しました。
}
admin-csv = CSV でダウンロード
admin-trend = 日別
admin-trend-alt = ガイドを開いた人数と完了を確認した人数を日ごとに示す折れ線グラフ
admin-day = 日付
admin-devices = デバイス
admin-completion = 完了
admin-steps = 到達したステップ
admin-step = ステップ
admin-stuck = つまずいている箇所
admin-symptom = 問題
admin-reports = 報告数
admin-campaigns = キャンペーン
admin-no-campaign = (タグなし)
admin-coverage = パスキーのカバレッジ (Entra ID)
admin-coverage-text = { $imported } にインポートした登録レポートによると、{ $total } 人中 { $with } 人 ({ $share }) がパスキーを持っています。レポートは数時間遅れることがあります。
admin-coverage-alt = 導入目標の 50% としきい値の 95% に対するカバレッジのバー
admin-stragglers = パスキー未登録の人を CSV でダウンロード（次回のリマインダー用）
admin-coverage-trend = インポートごとのカバレッジ
admin-imported = インポート日
admin-share = 割合
admin-token-kind = 種類
admin-token-kind-api = API トークン
admin-token-kind-share = 閲覧専用のダッシュボード リンク
admin-share-once = このリンクを今すぐコピーしてください。表示されるのは一度だけです。リンクを持つ人は、取り消されるまでこのダッシュボードの数値（氏名は含みません）を閲覧できます。
admin-shared-note = { $tenant } のパスキー展開状況の閲覧専用ビューです（IT 部門が共有）。数値のみで、氏名は表示されません。
admin-recipients = 受信者
admin-recipients-title = 個人用リンク
admin-recipients-intro = 一人ひとりにガイドへの専用リンクを配り、一度も開いていない人、開いたがまだパスキーがない人、つまずいた人、登録済みの人を確認して、次のリマインダーを必要な人だけに送れます。
admin-recipients-on = 個人用リンクはオンです。個人用リンクからのアクセスはその人に関連付けられます。
admin-recipients-off = 個人用リンクはオフです。ガイドは誰かを特定せずに人数を数えます。
admin-recipients-turn-on = 個人用リンクをオンにする
admin-recipients-turn-off = 個人用リンクをオフにする
admin-recipients-file = 対象者リスト (CSV)
admin-recipients-file-hint = 1 行目に見出し、以降 1 行に 1 人: アドレス列 (メールまたは userPrincipalName)、任意で名前とウェーブ。すでにリストにいる人のリンクは変わりません。
admin-recipients-import = リストを取り込む
admin-recipients-merge = 差し込み印刷
admin-recipients-merge-intro = 差し込み印刷用の、一人ひとりの専用リンク付きリストです。リンクは個人用リンクをオンにすると有効になります。
admin-recipients-merge-announcement = 告知用の差し込みリスト
admin-recipients-merge-reminder = リマインダー用の差し込みリスト
admin-recipients-merge-final = 最終案内用の差し込みリスト
admin-recipients-segments = セグメント
admin-recipients-no-report = 登録済みの人を区別するには Entra のユーザー登録レポートを取り込んでください。それまでは誰も登録済みとして数えられません。
admin-recipients-count = リストの人数: { $count } 人
admin-recipients-segment = セグメント
admin-recipients-people = 人数
admin-download-csv = CSV をダウンロード
admin-segment-never-opened = 未開封
admin-segment-opened-not-registered = 開封済み・パスキー未登録
admin-segment-stuck = つまずき
admin-segment-registered = 登録済み
admin-recipients-refused = 取り込みませんでした: { $reason }
admin-recipients-imported = { $count } 人を取り込みました (うち新規 { $added } 人)。
readiness-heading = Entra の準備はできていますか？
readiness-intro = Microsoft Graph で最後に読み取った Entra の構成と、最新の登録レポートに基づいています。
readiness-fetched = { $when } に Entra から読み取りました。
readiness-status-ok = 準備完了
readiness-status-fail = 要対応
readiness-status-unknown = まだ不明
readiness-not-read = まだ読み取っていません。Policy.Read.All のアクセス許可で Microsoft Graph に接続し、取得を実行してください (passkey-guide entra fetch --config-only)。
readiness-no-report = 登録レポートがまだありません。インポートするか、Microsoft Graph から取得してください。
readiness-passkeys-enabled = Passkey (FIDO2) が有効
readiness-passkeys-enabled-ok = 認証方法ポリシーで Passkey (FIDO2) が有効になっています。
readiness-passkeys-enabled-fail = Passkey (FIDO2) が無効です。だれもパスキーを追加できず、「セキュリティ情報」にもパスキーの選択肢が表示されません。Microsoft Entra 管理センターの Entra ID > 認証方法 > ポリシー > Passkey (FIDO2) > Enable and target (有効化およびターゲット) で有効にしてください。
readiness-self-service-registration = セルフサービス セットアップが可能
readiness-self-service-registration-ok = ユーザーは「セキュリティ情報」で自分でパスキーを追加できます。
readiness-self-service-registration-fail = 「Allow self-service set up」(セルフサービス セットアップを許可) が「いいえ」になっています。Passkey (FIDO2) が有効でも「セキュリティ情報」でパスキーを追加できず、どの手順ガイドもエラーで終わります。Entra ID > 認証方法 > ポリシー > Passkey (FIDO2) > 構成 で「はい」に設定してください。
readiness-authenticator-allowed = Microsoft Authenticator を許可
readiness-authenticator-allowed-ok = デバイスにバインドされたパスキーを使うすべてのパスキー プロファイルで、Microsoft Authenticator のパスキーが許可されています。
readiness-authenticator-allowed-fail = { $profiles } のキーの制限で Microsoft Authenticator (iOS は 90a3ccdf-635c-4729-a248-9b709135078f、Android は de1e552d-db1d-4423-a619-566b625cdc84) が除外されています。これらのプロファイルの対象ユーザーは Authenticator にパスキーを保存できません。Entra ID > 認証方法 > ポリシー > Passkey (FIDO2) > 構成 で、各プロファイルのキーの制限に両方の AAGUID を追加してください。
readiness-registration-campaign = 登録キャンペーンでパスキーを要求
readiness-registration-campaign-ok = 登録キャンペーンが有効で、サインイン時にパスキーまたは Microsoft Authenticator のセットアップを求めます。
readiness-registration-campaign-fail = 登録キャンペーンが無効か、別の方法を求める設定になっているため、サインイン時にだれにもリマインドされません。Entra ID > 認証方法 > 登録キャンペーン で「Microsoft マネージド」にするか、「有効」にして「Passkey」(パスキー) または「Microsoft Authenticator」を選んでください。
readiness-temporary-access-pass = Temporary Access Pass が有効
readiness-temporary-access-pass-ok = ほかに強力なサインイン方法がない人に、ヘルプデスクが Temporary Access Pass を発行できます。
readiness-temporary-access-pass-fail = Temporary Access Pass が無効です。Microsoft Authenticator などの強力な方法を持たない人は、「セキュリティ情報」にサインインして最初のパスキーを追加できません。Entra ID > 認証方法 > ポリシー > Temporary Access Pass で有効にしてください。
readiness-coverage-majority = 半数以上がパスキーを所有
readiness-coverage-majority-ok = 対象者の { $share } がパスキーを持っています (50% 超)。
readiness-coverage-majority-fail = パスキーを持っている対象者は { $share } にとどまり、50% を下回っています。まだリマインダーが必要な人はダッシュボードで確認できます。
readiness-summary = Entra の準備状況: { $total } 件中 { $ready } 件のチェックに合格
