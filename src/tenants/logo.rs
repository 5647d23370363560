//! The tenant's logo. An upload must be a PNG or JPEG of at most 512 KB
//! and 4,000 × 4,000 pixels; it is decoded under those limits, scaled to
//! fit 600 × 200 and re-encoded as PNG, so what is kept and served is a
//! small image Steward made itself, without the upload's metadata.

use std::io::Cursor;

use entity::{ids::TenantId, tenant_logo};
use image::{ImageFormat, ImageReader, Limits};
use sea_orm::{ActiveModelTrait, EntityTrait, Set, sea_query::OnConflict};
use serde_json::json;

use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
};

/// The largest upload accepted.
pub const MAX_BYTES: usize = 512 * 1024;

const MAX_SIDE: u32 = 4000;

/// The box a logo is scaled to fit.
const FIT: (u32, u32) = (600, 200);

const SMALLEST: u32 = 16;

fn refused(why: impl Into<String>) -> Error {
    let mut errors = crate::error::FieldErrors::new();
    errors.insert("logo".into(), why.into());
    Error::Invalid(errors)
}

/// `bytes` as the logo Steward keeps: a PNG that fits [`FIT`], with its size.
pub fn prepare(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32)> {
    if bytes.len() > MAX_BYTES {
        return Err(refused(format!(
            "is {} KB; a logo may be at most {} KB",
            bytes.len().div_ceil(1024),
            MAX_BYTES / 1024
        )));
    }
    let format = image::guess_format(bytes)
        .ok()
        .filter(|f| matches!(f, ImageFormat::Png | ImageFormat::Jpeg))
        .ok_or_else(|| refused("is not a PNG or JPEG image"))?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(64 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => {
            refused(format!("is larger than {MAX_SIDE} × {MAX_SIDE} pixels"))
        }
        other => refused(format!("could not be read as an image: {other}")),
    })?;
    if image.width() < SMALLEST || image.height() < SMALLEST {
        return Err(refused(format!(
            "is {} × {} pixels; a logo needs at least {SMALLEST} × {SMALLEST}",
            image.width(),
            image.height()
        )));
    }
    let image = match image.width() > FIT.0 || image.height() > FIT.1 {
        true => image.thumbnail(FIT.0, FIT.1),
        false => image,
    };
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| Error::internal_from("the logo could not be encoded", e))?;
    Ok((png, image.width(), image.height()))
}

/// Sets the caller's tenant's logo (admin); audited with its size only.
pub async fn set(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    bytes: &[u8],
) -> Result<tenant_logo::Model> {
    scope.require(Role::Admin)?;
    let (png, width, height) = tokio::task::spawn_blocking({
        let bytes = bytes.to_vec();
        move || prepare(&bytes)
    })
    .await
    .map_err(|e| Error::internal_from("logo", e))??;
    let now = state.clock.now();
    let row = tenant_logo::Model {
        tenant_id: scope.tenant_id(),
        content_type: "image/png".into(),
        bytes: png,
        width: i32::try_from(width).unwrap_or(i32::MAX),
        height: i32::try_from(height).unwrap_or(i32::MAX),
        updated_at: now,
    };
    let txn = begin_write(&state.db.writer).await?;
    let am = tenant_logo::ActiveModel {
        tenant_id: Set(row.tenant_id),
        content_type: Set(row.content_type.clone()),
        bytes: Set(row.bytes.clone()),
        width: Set(row.width),
        height: Set(row.height),
        updated_at: Set(now),
    };
    tenant_logo::Entity::insert(am)
        .on_conflict(
            OnConflict::column(tenant_logo::Column::TenantId)
                .update_columns([
                    tenant_logo::Column::ContentType,
                    tenant_logo::Column::Bytes,
                    tenant_logo::Column::Width,
                    tenant_logo::Column::Height,
                    tenant_logo::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    mark(&txn, scope.tenant_id(), Some(now)).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("tenant.logo_set")
            .target("tenant", scope.tenant_id())
            .detail(json!({ "width": width, "height": height, "bytes": row.bytes.len() })),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// Removes the caller's tenant's logo (admin); `false` if it had none.
pub async fn remove(state: &Services, scope: &Scope, meta: &Origin) -> Result<bool> {
    scope.require(Role::Admin)?;
    let txn = begin_write(&state.db.writer).await?;
    let gone = tenant_logo::Entity::delete_by_id(scope.tenant_id())
        .exec(&txn)
        .await?
        .rows_affected
        > 0;
    if gone {
        mark(&txn, scope.tenant_id(), None).await?;
        audit::append(
            &txn,
            scope.tenant_id(),
            scope.into(),
            meta,
            state.clock.now(),
            Entry::new("tenant.logo_removed").target("tenant", scope.tenant_id()),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(gone)
}

/// Notes on the tenant when its logo changed (`None`: it has none now).
async fn mark<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    at: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<()> {
    entity::tenant::ActiveModel {
        id: Set(tenant_id),
        logo_at: Set(at),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// The logo of `tenant_id`, if it has one.
pub async fn of(state: &Services, tenant_id: TenantId) -> Result<Option<tenant_logo::Model>> {
    Ok(tenant_logo::Entity::find_by_id(tenant_id)
        .one(&state.db.main)
        .await?)
}

/// When a logo was last changed, as an HTTP validator for caching.
pub fn version(row: &tenant_logo::Model) -> String {
    format!("\"{}\"", row.updated_at.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba([29, 78, 216, 255]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    fn fault(e: Error) -> String {
        match e {
            Error::Invalid(errors) => errors["logo"].clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_logo_is_scaled_to_fit_and_re_encoded() {
        let (bytes, w, h) = prepare(&png(1200, 300)).unwrap();
        assert_eq!((w, h), (600, 150));
        assert!(bytes.starts_with(b"\x89PNG"));
    }

    #[test]
    fn bad_logos_are_refused_with_the_reason() {
        assert!(fault(prepare(b"GIF89a....").unwrap_err()).contains("not a PNG or JPEG"));
        assert!(fault(prepare(&png(8, 8)).unwrap_err()).contains("at least 16"));
        assert!(fault(prepare(&vec![0x89; MAX_BYTES + 1]).unwrap_err()).contains("at most 512 KB"));
        let mut broken = png(40, 40);
        broken.truncate(60);
        assert!(fault(prepare(&broken).unwrap_err()).contains("could not be read"));
    }
}
